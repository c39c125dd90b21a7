import { isInvalidatedError } from '../messaging/client';
import type { RequestPayload, RequestType, ResponseData, Result } from '../messaging/protocol';
import { NUDGE_DELAYS_MS, type Outbox, type OutboxEvent } from '../saving/outbox';
import type { NewPerson, Person } from '../schema/person';
import type { LessonRef, PlanContent, SharedBy } from '../schema/plan';
import type { RoleId } from '../schema/vocabulary';
import { emptyPlanContent, OPTIONAL_PLAN_FIELDS, pickContent } from './defaults';

// One lesson's plan as the panel edits it: load once, apply edits at once, and write them shortly after
// (debounced) into the outbox as field-by-field changes, each with the time it was made. How the outbox
// keeps every edit, and what "Saved" means, is explained in utils/saving/outbox.ts. Changes other page
// views write for this lesson arrive here too: a field nobody is editing here shows the newer value; a
// field with unsaved edits here keeps the later of the two and says so. UI-free: the background is
// reached only through the injected `call` and `outbox`, so tests replace both.

export type Call = <T extends RequestType>(type: T, payload: RequestPayload<T>) => Promise<Result<ResponseData[T]>>;

type Field = keyof PlanContent;

export type LoadState = 'loading' | 'ready' | 'error' | 'invalidated';
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'invalidated';

/** Another tab changed a field this panel had unsaved edits in: which edit is now shown. */
export type ElsewhereNotice = 'theirs-shown' | 'yours-kept';

export interface SessionState {
  load: LoadState;
  save: SaveState;
  content: PlanContent;
  people: Person[];
  /** True once the lesson has a stored plan (loaded, or saved in this session). */
  hasPlan: boolean;
  errorMessage: string | null;
  elsewhere: ElsewhereNotice | null;
  /** Someone else's plan from a partner file: read-only until made one's own (utils/db/shared-plans.ts). */
  sharedBy: SharedBy | null;
}

export interface SessionActions {
  update: (patch: Partial<PlanContent>) => void;
  addPerson: (person: NewPerson, role: RoleId) => Promise<boolean>;
  /**
   * Writes pending edits to the outbox now and asks the background to store them. `immediate` is for a
   * page going away: the write is issued before this returns, without waiting for anything.
   */
  flush: (options?: { immediate?: boolean }) => Promise<void>;
  /** The extension went away under this tab: say so; edits stay on screen but cannot be saved. */
  markInvalidated: () => void;
  /** A shared plan becomes the teacher's own, editable from then on; false when the background failed. */
  makeOwnCopy: () => Promise<boolean>;
}

export const SAVE_DELAY_MS = 300;
/** After this long with a change still waiting, the panel says "Not saved yet" (and keeps trying). */
export const SLOW_SAVE_MS = 4000;

export function createPlanSession(options: {
  lesson: () => LessonRef;
  call: Call;
  outbox: Outbox;
  onChange: (state: SessionState) => void;
  saveDelayMs?: number;
  now?: () => number;
}) {
  const { call, onChange, outbox } = options;
  const clock = options.now ?? Date.now;
  let state: SessionState = {
    load: 'loading',
    save: 'idle',
    content: emptyPlanContent(),
    people: [],
    hasPlan: false,
    errorMessage: null,
    elsewhere: null,
    sharedBy: null,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nudgeTimer: ReturnType<typeof setTimeout> | undefined;
  let nudges = 0;
  let waitingSince = 0;
  let lastEdit = 0;
  /** The page view ended: nothing more is asked of the background or painted. */
  let disposed = false;
  /** Fields whose change the background refused (they fail validation): not saved until edited again. */
  const refused = new Map<Field, string>();
  /** Fields edited here and not yet written to the outbox, with when each was last edited. */
  const unsent = new Map<Field, number>();
  /** Changes written to the outbox and not yet stored, by outbox key. */
  const waiting = new Map<string, Map<Field, number>>();
  /** When the value shown for a field was edited, here or elsewhere (fields never touched: absent). */
  const shownAt = new Map<Field, number>();

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    if (!disposed) onChange(state);
  };

  const fail = (result: Extract<Result<unknown>, { ok: false }>, during: 'load' | 'save') => {
    const invalidated = result.error.code === 'invalidated';
    if (during === 'load') set({ load: invalidated ? 'invalidated' : 'error', errorMessage: result.error.message });
    else set({ save: invalidated ? 'invalidated' : 'error', errorMessage: result.error.message });
  };

  /** The latest time this panel edited `field` and has not seen stored yet, if any. */
  const localEditAt = (field: Field): number | undefined => {
    let latest = unsent.get(field);
    for (const fields of waiting.values()) {
      const at = fields.get(field);
      if (at !== undefined && (latest === undefined || at > latest)) latest = at;
    }
    return latest;
  };

  const settleIfDone = () => {
    if (state.save === 'invalidated' || refused.size > 0) return;
    if (waiting.size === 0 && unsent.size === 0) {
      clearTimeout(nudgeTimer);
      nudges = 0;
      set({ save: 'saved', hasPlan: true, errorMessage: null });
    }
  };

  /** Asks the background to store what waits; while something still waits, asks again later. */
  const nudge = async () => {
    clearTimeout(nudgeTimer);
    if (disposed || waiting.size === 0 || state.save === 'invalidated') return;
    const result = await call('outbox.drain', {});
    if (!result.ok && result.error.code === 'invalidated') return fail(result, 'save');
    if (disposed || waiting.size === 0) return;
    // Still waiting: the worker was stopped, or the database failed. The change stays in the outbox
    // whatever happens to this tab; say so once it takes long, and keep asking.
    if (clock() - waitingSince >= SLOW_SAVE_MS && state.save === 'saving') {
      set({ save: 'error', errorMessage: result.ok ? null : result.error.message });
    }
    const delay = NUDGE_DELAYS_MS[Math.min(nudges, NUDGE_DELAYS_MS.length - 1)];
    nudges += 1;
    nudgeTimer = setTimeout(() => void nudge(), delay);
  };

  const onOutbox = (event: OutboxEvent) => {
    if (event.kind === 'stored') {
      if (waiting.delete(event.key)) settleIfDone();
      return;
    }
    if (event.kind === 'refused') {
      const fields = waiting.get(event.key);
      if (!fields) return;
      waiting.delete(event.key);
      onRefused(fields, event.message);
      return;
    }
    if (event.type === 'plan.change') applyElsewhere(event.payload);
  };

  /**
   * The background refused a change. Written together, valid fields would go down with the one that
   * failed: each is written again on its own. A field refused on its own stays unsaved, and the panel
   * says so, until the teacher edits it again.
   */
  const onRefused = (fields: Map<Field, number>, message: string) => {
    const current = [...fields].filter(([field, at]) => (shownAt.get(field) ?? 0) === at && !unsent.has(field));
    if (fields.size > 1) {
      for (const [field, at] of current) writeChange(new Map([[field, at]])).catch(() => undefined);
      if (current.length === 0) settleIfDone();
      else void nudge();
      return;
    }
    for (const [field] of current) refused.set(field, message);
    if (refused.size > 0) set({ save: 'error', errorMessage: message });
    else settleIfDone();
  };

  /** Writes these fields' current values to the outbox; returns the write (already issued). */
  const writeChange = (fields: Map<Field, number>): Promise<void> => {
    const content: Partial<PlanContent> = {};
    for (const field of fields.keys()) (content as Record<string, unknown>)[field] = state.content[field];
    const { key, written } = outbox.put('plan.change', {
      lesson: options.lesson(),
      content,
      editedAt: Object.fromEntries(fields),
    });
    if (waiting.size === 0) waitingSince = clock();
    waiting.set(key, fields);
    return written.catch((error: unknown) => {
      // Storage did not take it (the extension went away, or the disk is full): the edits stay here, to
      // be written with the next change or a retry.
      waiting.delete(key);
      for (const [field, at] of fields) if ((unsent.get(field) ?? 0) < at) unsent.set(field, at);
      set({
        save: isInvalidatedError(error) ? 'invalidated' : 'error',
        errorMessage: error instanceof Error ? error.message : String(error),
      });
      throw error;
    });
  };

  /** Another page view's change: show it where it is newer than what this panel shows. */
  const applyElsewhere = (payload: unknown) => {
    const change = payload as { lesson?: Partial<LessonRef>; content?: Partial<PlanContent>; editedAt?: unknown };
    const lesson = options.lesson();
    if (change?.lesson?.courseId !== lesson.courseId || change.lesson.itemId !== lesson.itemId) return;
    // Shown as someone else's plan: a change to it is either refused (a tab that missed the import: never shown,
    // it is never stored) or proof that another tab made it the teacher's own. The stored plan says which.
    if (state.sharedBy) {
      void reloadShared();
      return;
    }
    if (typeof change.content !== 'object' || change.content === null) return;
    const times = (typeof change.editedAt === 'object' && change.editedAt ? change.editedAt : {}) as Record<
      string,
      unknown
    >;
    const content = { ...state.content };
    let notice: ElsewhereNotice | null = null;
    let changed = false;
    for (const field of Object.keys(change.content) as Field[]) {
      if (!(field in content) && !OPTIONAL_PLAN_FIELDS.includes(field)) continue;
      const at = typeof times[field] === 'number' ? (times[field] as number) : 0;
      const mine = localEditAt(field);
      if (mine !== undefined) {
        // The teacher edited this field here too, and it is not stored yet: the later edit wins.
        if (at > mine) {
          unsent.delete(field);
          notice = 'theirs-shown';
        } else {
          notice ??= 'yours-kept';
          continue;
        }
      } else if (at < (shownAt.get(field) ?? 0)) {
        continue; // older than what is shown
      }
      (content as Record<string, unknown>)[field] = change.content[field];
      shownAt.set(field, at);
      changed = true;
    }
    if (changed || notice) {
      set({ content, hasPlan: true, ...(notice ? { elsewhere: notice } : {}) });
      if (unsent.size === 0 && waiting.size === 0 && state.save === 'pending') settleIfDone();
    }
  };

  /** The stored plan again, for a panel showing a shared plan (no edits of its own to keep); a failure keeps it. */
  const reloadShared = async () => {
    const lesson = options.lesson();
    const plan = await call('plan.get', { courseId: lesson.courseId, itemId: lesson.itemId });
    if (!plan.ok || !plan.data || disposed) return;
    set({ content: pickContent(plan.data), sharedBy: plan.data.sharedBy ?? null });
  };

  const unsubscribe = outbox.subscribe(onOutbox);

  async function load(): Promise<void> {
    const lesson = options.lesson();
    const [plan, people] = await Promise.all([
      call('plan.get', { courseId: lesson.courseId, itemId: lesson.itemId }),
      call('people.list', {}),
    ]);
    if (!plan.ok) return fail(plan, 'load');
    if (!people.ok) return fail(people, 'load');
    // Fields edited while loading (here, or in another tab) are newer than the stored copy: keep them.
    const stored = plan.data ? pickContent(plan.data) : emptyPlanContent();
    const content = { ...stored };
    for (const field of shownAt.keys()) (content as Record<string, unknown>)[field] = state.content[field];
    set({
      load: 'ready',
      content,
      people: people.data,
      hasPlan: state.hasPlan || plan.data !== null,
      sharedBy: plan.data?.sharedBy ?? null,
    });
  }

  async function flush(how: { immediate?: boolean } = {}): Promise<void> {
    clearTimeout(timer);
    if (state.save === 'invalidated') return;
    if (unsent.size === 0) {
      // A retry with nothing new to write: ask the background again for what still waits.
      if (waiting.size > 0) {
        nudges = 0;
        if (!how.immediate) await nudge();
      } else if (state.save === 'error' && refused.size === 0) {
        set({ save: state.hasPlan ? 'saved' : 'idle', errorMessage: null });
      }
      return;
    }
    const fields = new Map(unsent);
    unsent.clear();
    const written = writeChange(fields);
    if (state.save !== 'error' || refused.size === 0) set({ save: 'saving' });
    if (how.immediate) {
      written.then(
        () => void nudge(),
        () => undefined, // handled in writeChange: the fields wait in `unsent` for the next write
      );
      return;
    }
    try {
      await written;
    } catch {
      return;
    }
    nudges = 0;
    await nudge();
  }

  const actions: SessionActions = {
    update(patch) {
      // A shared plan is read-only (the panel disables its editor; the background refuses too).
      if (state.sharedBy) return;
      // Strictly increasing here, and a random fraction of a millisecond so two tabs never tie: on the
      // same field exactly one edit is the later one, here and in the database (utils/db/field-times.ts).
      const at = Math.max(clock() + Math.random() * 0.9, lastEdit + 0.001);
      lastEdit = at;
      for (const field of Object.keys(patch) as Field[]) {
        unsent.set(field, at);
        shownAt.set(field, at);
        refused.delete(field);
      }
      const invalidated = state.save === 'invalidated';
      set({
        content: { ...state.content, ...patch },
        save: invalidated ? 'invalidated' : state.save === 'error' && refused.size > 0 ? 'error' : 'pending',
        elsewhere: null,
      });
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), options.saveDelayMs ?? SAVE_DELAY_MS);
    },
    async addPerson(person, role) {
      const added = await call('people.add', person);
      if (!added.ok) {
        fail(added, 'save');
        return false;
      }
      const people = state.people.some((known) => known.id === added.data.id)
        ? state.people
        : [...state.people, added.data].sort((a, b) => a.name.localeCompare(b.name));
      set({ people });
      if (!state.content.supports.some((support) => support.personId === added.data.id)) {
        actions.update({ supports: [...state.content.supports, { personId: added.data.id, role }] });
      }
      return true;
    },
    flush,
    async makeOwnCopy() {
      const lesson = options.lesson();
      const result = await call('plan.makeOwn', { courseId: lesson.courseId, itemId: lesson.itemId });
      if (!result.ok) {
        fail(result, 'save');
        return false;
      }
      set({ sharedBy: null });
      return true;
    },
    markInvalidated() {
      clearTimeout(timer);
      clearTimeout(nudgeTimer);
      set({ save: 'invalidated' });
    },
  };

  /** Stops listening (the page view ended); pending edits should be flushed first. */
  const dispose = () => {
    disposed = true;
    clearTimeout(timer);
    clearTimeout(nudgeTimer);
    unsubscribe();
  };

  return { load, actions, dispose, getState: () => state };
}
