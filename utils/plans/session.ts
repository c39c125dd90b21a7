import type { RequestPayload, RequestType, ResponseData, Result } from '../messaging/protocol';
import type { NewPerson, Person } from '../schema/person';
import type { LessonRef, PlanContent } from '../schema/plan';
import type { RoleId } from '../schema/vocabulary';
import { emptyPlanContent } from './defaults';

// One lesson's plan as the panel edits it: load once, apply edits at once, save them shortly after
// (debounced), one save in flight at a time, never lose an edit made while a save is running.
// UI-free, and reaches the background only through the injected `call`, so tests replace it.

export type Call = <T extends RequestType>(type: T, payload: RequestPayload<T>) => Promise<Result<ResponseData[T]>>;

export type LoadState = 'loading' | 'ready' | 'error' | 'invalidated';
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'invalidated';

export interface SessionState {
  load: LoadState;
  save: SaveState;
  content: PlanContent;
  people: Person[];
  /** True once the lesson has a stored plan (loaded, or saved in this session). */
  hasPlan: boolean;
  errorMessage: string | null;
}

export interface SessionActions {
  update: (patch: Partial<PlanContent>) => void;
  addPerson: (person: NewPerson, role: RoleId) => Promise<boolean>;
  /**
   * Saves pending edits now. `immediate` sends them without waiting for a save already in flight — for
   * a page that is going away; saves are whole-plan writes applied in the order they are sent.
   */
  flush: (options?: { immediate?: boolean }) => Promise<void>;
  /** The extension went away under this tab: say so; edits stay on screen but cannot be saved. */
  markInvalidated: () => void;
}

export const SAVE_DELAY_MS = 300;

export function createPlanSession(options: {
  lesson: () => LessonRef;
  call: Call;
  onChange: (state: SessionState) => void;
  saveDelayMs?: number;
}) {
  const { call, onChange } = options;
  let state: SessionState = {
    load: 'loading',
    save: 'idle',
    content: emptyPlanContent(),
    people: [],
    hasPlan: false,
    errorMessage: null,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;
  let inFlight: Promise<void> | null = null;

  const set = (patch: Partial<SessionState>) => {
    state = { ...state, ...patch };
    onChange(state);
  };

  const fail = (result: Extract<Result<unknown>, { ok: false }>, during: 'load' | 'save') => {
    const invalidated = result.error.code === 'invalidated';
    if (during === 'load') set({ load: invalidated ? 'invalidated' : 'error', errorMessage: result.error.message });
    else set({ save: invalidated ? 'invalidated' : 'error', errorMessage: result.error.message });
  };

  async function load(): Promise<void> {
    const lesson = options.lesson();
    const [plan, people] = await Promise.all([
      call('plan.get', { courseId: lesson.courseId, itemId: lesson.itemId }),
      call('people.list', {}),
    ]);
    if (!plan.ok) return fail(plan, 'load');
    if (!people.ok) return fail(people, 'load');
    // Edits made while loading win over the stored copy (the user saw an empty form and typed).
    if (dirty) return set({ load: 'ready', people: people.data, hasPlan: plan.data !== null });
    const content = plan.data ? pickContent(plan.data) : emptyPlanContent();
    set({ load: 'ready', content, people: people.data, hasPlan: plan.data !== null });
  }

  async function saveNow(how: { immediate?: boolean } = {}): Promise<void> {
    clearTimeout(timer);
    if (inFlight && !how.immediate) {
      await inFlight;
      if (!dirty) return;
    }
    if (state.save === 'invalidated') return;
    if (!dirty) {
      // A retry with nothing left to send (e.g. after adding a person failed): clear the stale error.
      if (state.save === 'error') set({ save: state.hasPlan ? 'saved' : 'idle', errorMessage: null });
      return;
    }
    dirty = false;
    set({ save: 'saving' });
    inFlight = (async () => {
      const result = await call('plan.save', { lesson: options.lesson(), content: state.content });
      if (result.ok) set({ save: dirty ? 'pending' : 'saved', hasPlan: true, errorMessage: null });
      else {
        dirty = true; // keep the edit: the next change or a retry sends it again
        fail(result, 'save');
      }
    })();
    await inFlight;
    inFlight = null;
    if (dirty && state.save === 'pending') await saveNow();
  }

  const actions: SessionActions = {
    update(patch) {
      dirty = true;
      set({ content: { ...state.content, ...patch }, save: state.save === 'invalidated' ? 'invalidated' : 'pending' });
      clearTimeout(timer);
      timer = setTimeout(() => void saveNow(), options.saveDelayMs ?? SAVE_DELAY_MS);
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
    flush: (flushOptions) => saveNow(flushOptions),
    markInvalidated() {
      clearTimeout(timer);
      set({ save: 'invalidated' });
    },
  };

  return { load, actions, getState: () => state };
}

function pickContent(plan: PlanContent): PlanContent {
  const content = emptyPlanContent();
  for (const key of Object.keys(content) as (keyof PlanContent)[]) {
    (content as Record<string, unknown>)[key] = plan[key];
  }
  return content;
}
