import * as z from 'zod/mini';
import { REPEATS } from './calendar-values';
import { CalendarDate, RecordId, ShortText, Timestamp } from './common';

export { BLOCK_LENGTHS, lostOccurrenceId, REPEATS } from './calendar-values';

// Shapes for planning time in Google Calendar (issue 3). Times of day are wall-clock minutes since
// local midnight, as the Calendar grid shows them; a day is a YYYY-MM-DD date. Keeping wall-clock time
// (plus an IANA zone on the block) is what makes a weekly block stay at 13:00 across daylight-saving changes.

/** Minutes since local midnight, 0–1440 (1440 = end of the day). */
export const DayMinute = z.number().check(z.int(), z.minimum(0), z.maximum(1440));

/** Day of the week as Date#getDay numbers it: 0 = Sunday … 6 = Saturday. */
export const Weekday = z.number().check(z.int(), z.minimum(0), z.maximum(6));

/** A weekly window, e.g. a partner's free period "Tuesday 13:00–13:50". */
export const WeeklyWindow = z.object({ weekday: Weekday, start: DayMinute, end: DayMinute });
export type WeeklyWindow = z.infer<typeof WeeklyWindow>;

/** The hours Tandem may propose planning time in. */
export const SchoolDay = z.object({
  weekdays: z.array(Weekday).check(z.minLength(1), z.maxLength(7)),
  start: DayMinute,
  end: DayMinute,
});
export type SchoolDay = z.infer<typeof SchoolDay>;

/** Mon–Fri 7:30–16:00 (issue 3). */
export const DEFAULT_SCHOOL_DAY: SchoolDay = { weekdays: [1, 2, 3, 4, 5], start: 7 * 60 + 30, end: 16 * 60 };

export const Repeat = z.enum(REPEATS);
export type Repeat = z.infer<typeof Repeat>;

/**
 * A planning block Tandem helped create in Calendar. Calendar assigns the event its own id when the user
 * saves it, which Tandem never learns, so a block is recognised on the grid by its title on one of its
 * occurrence dates. `seenAt` is set the first time it is recognised: only then can a later absence mean
 * planning time was lost (before that, the user may simply not have saved it in Calendar yet).
 */
export const PlanningBlock = z.object({
  id: RecordId,
  /** Stable iCalendar UID, so a re-downloaded .ics updates the same event instead of adding one. */
  uid: z.string().check(z.minLength(1), z.maxLength(200)),
  partnerId: RecordId,
  title: ShortText,
  /** First occurrence. */
  firstDate: CalendarDate,
  start: DayMinute,
  end: DayMinute,
  repeat: Repeat,
  /** IANA zone the wall-clock times belong to, e.g. America/New_York. */
  timeZone: z.string().check(z.minLength(1), z.maxLength(64)),
  seenAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PlanningBlock = z.infer<typeof PlanningBlock>;

/**
 * What the panel sends to record a block; the background stamps the id and times. The UID is made by the
 * panel, so the .ics file and the record agree without waiting for an answer.
 */
export const NewPlanningBlock = z.pick(PlanningBlock, {
  uid: true,
  partnerId: true,
  title: true,
  firstDate: true,
  start: true,
  end: true,
  repeat: true,
  timeZone: true,
});
export type NewPlanningBlock = z.infer<typeof NewPlanningBlock>;

/** One occurrence of a recorded block that was missing from the calendar: `lost:<blockId>:<date>`. */
export const LostOccurrence = z.object({
  id: RecordId,
  blockId: RecordId,
  date: CalendarDate,
  minutes: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LostOccurrence = z.infer<typeof LostOccurrence>;
