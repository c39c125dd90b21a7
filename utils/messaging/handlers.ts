import * as z from 'zod/mini';
import { cardPagePath } from '../cards/card-page-path';
import { createBlock, listBlocks, listLost, recordWeek } from '../db/blocks';
import { getClassMeetings, saveClassMeetings } from '../db/class-meetings';
import type { TandemDatabase } from '../db/database';
import { listNotesForLesson } from '../db/notes';
import { addPerson, listPeople, updatePerson } from '../db/people';
import { changePlan, getPlan, listPlanSummaries, savePlan } from '../db/plans';
import { getSettings, saveSettings } from '../db/settings';
import { makeOwnCopy, SharedPlanRefused } from '../db/shared-plans';
import { deleteTemplate, listCopySources, saveTemplate } from '../db/templates';
import { t } from '../i18n';
import type { Labels } from '../planning-time/agenda';
import { agendasFor, blockIcs } from '../planning-time/agenda-answers';
import { applySchoolPolicy, teachersPart } from '../school-policy/apply';
import type { SchoolPolicy } from '../school-policy/policy';
import { teamPagePath } from '../team/team-page-path';
import { Envelope, type RequestType, type ResponseData, type Result, requestSchemas } from './protocol';
import { isTrustedSender, type SenderFacts } from './senders';

// The background's answer to every message: check who is asking, validate what they sent, run the one
// query it names, and answer with a Result. Nothing here keeps state between calls (.github/CONTRIBUTING.md rule 6).

/** What the outbox knows of a request beyond its payload: when the teacher made it (utils/saving/drain.ts). */
export interface RequestMeta {
  editedAt?: number;
}

type Handlers = {
  [T in RequestType]: (payload: z.output<(typeof requestSchemas)[T]>, meta: RequestMeta) => Promise<ResponseData[T]>;
};

function handlersFor(
  db: TandemDatabase,
  labels: Labels,
  drain: () => Promise<number>,
  openPage: (path: string) => Promise<void>,
  schoolPolicy: () => Promise<SchoolPolicy>,
): Handlers {
  // The settings in force: what the school set wins (utils/school-policy/apply.ts).
  const settingsInForce = async () => applySchoolPolicy(await getSettings(db), await schoolPolicy());
  return {
    'plan.get': ({ courseId, itemId }) => getPlan(db, courseId, itemId),
    'plan.save': (input) => savePlan(db, input),
    'plan.change': (change) => changePlan(db, change),
    'outbox.drain': async () => ({ pending: await drain() }),
    'plan.listForCourse': ({ courseId }) => listPlanSummaries(db, courseId),
    'plan.makeOwn': ({ courseId, itemId }) => makeOwnCopy(db, courseId, itemId),
    'templates.sources': ({ courseId, itemId }) => listCopySources(db, courseId, itemId),
    'templates.save': (input) => saveTemplate(db, input),
    'templates.delete': async ({ id }) => {
      await deleteTemplate(db, id);
      return null;
    },
    'people.list': ({ includeArchived }) => listPeople(db, { includeArchived: includeArchived ?? false }),
    'people.add': (input) => addPerson(db, input),
    'people.update': (update, meta) => updatePerson(db, update, meta.editedAt),
    'settings.get': settingsInForce,
    'settings.save': async (input, meta) => {
      // A key the school set is not the teacher's to change, here or on the options page.
      const policy = await schoolPolicy();
      const change = teachersPart(input, policy);
      if (change) await saveSettings(db, change, meta.editedAt);
      return settingsInForce();
    },
    'calendar.state': async () => {
      const [settings, people, blocks, lost, school] = await Promise.all([
        settingsInForce(),
        listPeople(db),
        listBlocks(db),
        listLost(db),
        schoolPolicy(),
      ]);
      return { settings, people, blocks, lost, school };
    },
    'blocks.create': (input) => createBlock(db, input),
    'blocks.recordWeek': (observation) => recordWeek(db, observation),
    'blocks.ics': ({ blockId }) => blockIcs(db, blockId, labels),
    'agenda.forDates': (request) => agendasFor(db, request, labels),
    'notes.forLesson': ({ courseId, itemId }) => listNotesForLesson(db, courseId, itemId),
    'classMeetings.get': ({ courseId }) => getClassMeetings(db, courseId),
    'classMeetings.save': async (input, meta) => {
      // From the outbox, a save is as old as its writing: one that waited (a stopped worker) must not undo a
      // week saved after it on the options page. The week is one value, so the newer week wins whole.
      const stored = meta.editedAt === undefined ? null : await getClassMeetings(db, input.courseId);
      if (stored && meta.editedAt !== undefined && Date.parse(stored.updatedAt) > meta.editedAt) return stored;
      return saveClassMeetings(db, input);
    },
    'cards.open': async ({ lesson, date }) => {
      await openPage(cardPagePath({ lesson, date }));
      return null;
    },
    'team.open': async ({ courseId }) => {
      await openPage(teamPagePath(courseId));
      return null;
    },
  };
}

export interface HandlerContext {
  db: TandemDatabase;
  extensionId: string;
  /** e.g. chrome-extension://<id> (no trailing slash) */
  extensionOrigin: string;
  /** Translated strings for agendas; the extension's i18n by default (tests pass their own). */
  labels?: Labels;
  /**
   * Stores what waits in the outbox (utils/saving/drain.ts). Every request runs after it, so a tab that
   * reads a plan sees the edits another tab made just before, even while they were still waiting.
   */
  drain?: () => Promise<number>;
  /** Opens an extension page (e.g. `/card.html?…`) in a new tab; the background passes browser.tabs.create. */
  openPage?: (path: string) => Promise<void>;
  /** The school's settings (utils/school-policy/read.ts); none by default. */
  schoolPolicy?: () => Promise<SchoolPolicy>;
}

/** Validates one request and runs it: the message handler's core, also used to drain the outbox. */
export function createRequestRunner(context: HandlerContext) {
  const handlers = handlersFor(
    context.db,
    context.labels ?? t,
    context.drain ?? (async () => 0),
    context.openPage ??
      (async () => {
        throw new Error('This context cannot open pages');
      }),
    context.schoolPolicy ?? (async () => ({})),
  );
  return async function runRequest(type: string, input: unknown, meta: RequestMeta = {}): Promise<Result<unknown>> {
    if (!Object.hasOwn(requestSchemas, type)) {
      return { ok: false, error: { code: 'bad-request', message: `Unknown request ${type}` } };
    }
    const known = type as RequestType;
    const payload = requestSchemas[known].safeParse(input);
    if (!payload.success) {
      return { ok: false, error: { code: 'bad-request', message: `${type}: ${z.prettifyError(payload.error)}` } };
    }
    try {
      const run = handlers[known] as (input: unknown, meta: RequestMeta) => Promise<unknown>;
      return { ok: true, data: await run(payload.data, meta) };
    } catch (error) {
      // An edit of a shared plan can never be stored: refused like a bad payload, so the outbox drops it
      // and tells the tab instead of retrying it forever (utils/saving/drain.ts).
      if (error instanceof SharedPlanRefused)
        return { ok: false, error: { code: 'bad-request', message: error.message } };
      console.error(`[Tandem] ${type} failed`, error);
      return {
        ok: false,
        error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
      };
    }
  };
}

export function createMessageHandler(context: HandlerContext) {
  const runRequest = createRequestRunner(context);
  return async function handleMessage(message: unknown, sender: SenderFacts): Promise<Result<unknown>> {
    if (!isTrustedSender(sender, context.extensionId, context.extensionOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Sender is not part of Tandem' } };
    }
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) {
      return { ok: false, error: { code: 'bad-request', message: z.prettifyError(envelope.error) } };
    }
    const { type } = envelope.data;
    if (type !== 'outbox.drain' && context.drain) {
      // A database failure while draining must not stop this request; the drain is retried later.
      await context.drain().catch(() => 0);
    }
    return runRequest(type, envelope.data.payload);
  };
}
