import * as z from 'zod/mini';
import type { WeekRecord } from '../db/blocks';
import type { CopySources } from '../db/templates';
import type { AgendaAnswer } from '../planning-time/agenda-answers';
import { type LostOccurrence, NewPlanningBlock, type PlanningBlock } from '../schema/calendar';
import { type ClassMeetings, ClassMeetingsInput } from '../schema/class-meetings';
import { CalendarDate, NumericId, RecordId } from '../schema/common';
import type { Note } from '../schema/note';
import { NewPerson, type Person, PersonUpdate } from '../schema/person';
import { type LessonPlan, PlanInput, type PlanSummary } from '../schema/plan';
import { PlanChange } from '../schema/plan-change';
import { NewPlanTemplate, type PlanTemplate } from '../schema/plan-template';
import { type Settings, SettingsInput } from '../schema/settings';
import { strictSchemas } from '../schema/strict';
import type { SchoolPolicy } from '../school-policy/policy';

// The one protocol between Tandem's contexts (content scripts, extension pages) and the background.
// Requests are validated with these schemas where they are received (the background); answers come
// back in a Result envelope so the caller never has to guess whether a failure was ours or theirs.
// Content scripts import this file with `import type` only, so no schema code lands in their bundle.

// Strict at every depth (utils/schema/strict.ts): a payload with a key Tandem does not know is refused, not
// stripped, so one of unknown keys only is never taken for an update of nothing (issue 11).
export const requestSchemas = strictSchemas({
  'plan.get': z.object({ courseId: NumericId, itemId: NumericId }),
  'plan.save': PlanInput,
  // A lesson panel's edits, field by field; panels send them through the outbox (utils/saving/).
  'plan.change': PlanChange,
  // Store what waits in the outbox now (a nudge that also wakes a stopped worker).
  'outbox.drain': z.strictObject({}),
  'plan.listForCourse': z.object({ courseId: NumericId }),
  // A plan shared in a partner file becomes the receiver's own (utils/db/shared-plans.ts).
  'plan.makeOwn': z.object({ courseId: NumericId, itemId: NumericId }),
  // Reuse (issue 14): what a lesson can be copied from (the class's other lessons, the templates); a copy is
  // applied by the panel as its own edits, so it saves through the outbox like any other.
  'templates.sources': z.object({ courseId: NumericId, itemId: NumericId }),
  'templates.save': NewPlanTemplate,
  'templates.delete': z.object({ id: RecordId }),
  // Archived people are left out unless asked for (old notes and plans still name them).
  'people.list': z.object({ includeArchived: z.optional(z.boolean()) }),
  'people.add': NewPerson,
  'people.update': PersonUpdate,
  'settings.get': z.object({}),
  'settings.save': SettingsInput,
  'calendar.state': z.object({}),
  'blocks.create': NewPlanningBlock,
  'blocks.recordWeek': z.object({
    // A custom view shows at most a few weeks; the month grid 6 weeks.
    visibleDays: z.array(CalendarDate).check(z.maxLength(42)),
    present: z.array(z.object({ blockId: RecordId, date: CalendarDate })).check(z.maxLength(500)),
  }),
  'blocks.ics': z.object({ blockId: RecordId }),
  'notes.forLesson': z.object({ courseId: NumericId, itemId: NumericId }),
  // A class's weekly meetings (issue 13); a save from a Google page goes through the outbox (utils/saving/durable-call.ts).
  'classMeetings.get': z.object({ courseId: NumericId }),
  'classMeetings.save': ClassMeetingsInput,
  // Content scripts cannot open extension pages themselves: the background opens the card page in a new tab.
  'cards.open': z.object({ lesson: RecordId, date: CalendarDate }),
  // The Team page (issue 15) for a class, from the class summary's link; opened by the background like the card page.
  'team.open': z.object({ courseId: NumericId }),
  'agenda.forDates': z.object({
    minutes: z.number().check(z.int(), z.minimum(5), z.maximum(480)),
    items: z.array(z.object({ date: CalendarDate, since: CalendarDate })).check(z.maxLength(14)),
  }),
} as const);

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.input<(typeof requestSchemas)[T]>;

export interface ResponseData {
  'plan.get': LessonPlan | null;
  'plan.save': LessonPlan;
  'plan.change': LessonPlan;
  /** How many changes still wait in the outbox after this drain (0 when all are stored). */
  'outbox.drain': { pending: number };
  'plan.listForCourse': PlanSummary[];
  /** The plan, now without its "Shared by" mark; null when the lesson has no plan. */
  'plan.makeOwn': LessonPlan | null;
  /** The class's other lessons, most recently edited first (at most 10), and every template by name. */
  'templates.sources': CopySources;
  'templates.save': PlanTemplate;
  'templates.delete': null;
  'people.list': Person[];
  'people.add': Person;
  'people.update': Person | null;
  'settings.get': Settings;
  'settings.save': Settings;
  'calendar.state': CalendarState;
  'blocks.create': PlanningBlock;
  'blocks.recordWeek': WeekRecord;
  /** The .ics text, or null when the block no longer exists. */
  'blocks.ics': string | null;
  'agenda.forDates': AgendaAnswer[];
  /** A lesson's notes, newest first, for its Classroom panel. */
  'notes.forLesson': Note[];
  'classMeetings.get': ClassMeetings | null;
  /** The class's meetings as stored: a save older than the stored week (from the outbox) leaves that week. */
  'classMeetings.save': ClassMeetings;
  'cards.open': null;
  'team.open': null;
}

/** Everything the Calendar panel needs to start, in one round trip. */
export interface CalendarState {
  settings: Settings;
  people: Person[];
  blocks: PlanningBlock[];
  lost: LostOccurrence[];
  /** What the school set (utils/school-policy/policy.ts): the panel shows those settings as the school's. */
  school: SchoolPolicy;
}

/** The wire shape of a request; `tandem: 1` marks it as ours and versions the protocol. */
export const Envelope = z.object({
  tandem: z.literal(1),
  type: z.enum(Object.keys(requestSchemas) as [RequestType, ...RequestType[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export const ERROR_CODES = [
  'bad-request', // payload failed validation
  'forbidden', // sender is not one of our own contexts
  'internal', // the background failed (database error, bug)
  'timeout', // no answer in time (caller side)
  'invalidated', // the extension was updated or removed while the tab stayed open (caller side)
  'unavailable', // the background could not be reached for another reason (caller side)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface TandemError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: TandemError };
