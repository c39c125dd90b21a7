import type { Call } from '../../lesson-plan/session';
import type { CalendarState } from '../../messaging/protocol';
import type { GridReading, MonthReading } from '../../pages/calendar/types';
import type { LostOccurrence, PlanningBlock, Repeat } from '../../schema/calendar';
import type { Person } from '../../schema/person';
import type { Slot } from '../types';

// The Calendar planning panel's state, and the one store every part of the session reads and patches
// (create-session.ts puts the parts together). UI-free: the session reaches the background only through
// the injected `call`, and the page only through the readings it is given, so unit tests drive it directly.

export type PageReading = { kind: 'grid'; reading: GridReading } | { kind: 'month'; reading: MonthReading };

export interface ShownAgenda {
  block: PlanningBlock;
  date: string;
  text: string | null;
}

export interface LostNotice {
  lost: LostOccurrence;
  block: PlanningBlock;
  /** The first free slot for the same partner and length later in that week, if any. */
  makeUp: Slot | null;
}

export interface PlanningState {
  load: 'loading' | 'ready' | 'error' | 'invalidated';
  data: CalendarState | null;
  page: PageReading | null;
  partnerId: string | null;
  minutes: number;
  repeat: Repeat;
  slots: Slot[];
  /**
   * Agenda text by `date:minutes` (the details of the Calendar event), once the background answered. A
   * slot's "Block this time" waits for its agenda, so an event is never created with a stale or empty one.
   */
  agendas: Record<string, string>;
  /** True while a block is being recorded: a double click must not create two. */
  recording: boolean;
  lostNotices: LostNotice[];
  /** The block the user just blocked, to confirm what happened. */
  justBlocked: { block: PlanningBlock; slot: Slot; opened: boolean } | null;
  shownAgenda: ShownAgenda | null;
  /** A plain-language problem to show (already translated by the caller's `t`). */
  problem: string | null;
}

/**
 * The choices the teacher made in the panel, kept on purpose across Calendar's single-page navigations
 * (week to week): the content script owns one for the tab and hands it to each page view's session.
 */
export interface PlanningChoices {
  partnerId: string | null;
  minutes: number;
  repeat: Repeat;
}

/** The choices before the teacher made any. */
export function freshChoices(): PlanningChoices {
  return { partnerId: null, minutes: 45, repeat: 'weekly' };
}

export interface PlanningEnvironment {
  call: Call;
  onChange: (state: PlanningState) => void;
  /** IANA zone of the user's clock, e.g. America/New_York. */
  timeZone: string;
  /** Account index from /calendar/u/N/. */
  account: string | undefined;
  /** Opens a URL in a new tab; false when the browser refused (pop-up blocked). */
  openTab: (url: string) => boolean;
  /** Saves a file for the user. */
  download: (fileName: string, text: string, mime: string) => void;
  newUid: () => string;
  /** The current moment; times before it are never offered. */
  now: () => Date;
  /**
   * How long the grid must stay unchanged before blocks' presence is reported (default 800 ms): Calendar
   * draws a week's chips in steps and pages with an animation, and a half-drawn week must not count a
   * block as lost. (It would be put back when seen again, but the teacher may have moved on.)
   */
  settleMs?: number;
  /** Translated messages for problems. */
  t: (key: string, substitutions?: string | string[]) => string;
  /**
   * The tab's remembered choices (see PlanningChoices), read at start and updated as the teacher
   * chooses. Without it the session starts from fresh choices and remembers them for itself only.
   */
  choices?: PlanningChoices;
}

/** The session's state in one place, so that every change reaches `onChange`. */
export interface SessionStore {
  readonly env: PlanningEnvironment;
  readonly choices: PlanningChoices;
  get(): PlanningState;
  set(patch: Partial<PlanningState>): void;
  /** Changes state without telling `onChange`: for a change nothing on screen depends on. */
  setQuietly(patch: Partial<PlanningState>): void;
  /** Shows a failed call: the extension went away, or a plain "could not save". */
  failed(error: { code: string }): void;
  /** The chosen partner, if known. */
  partner(): Person | undefined;
}

export function createStore(env: PlanningEnvironment): SessionStore {
  const choices = env.choices ?? freshChoices();
  let state: PlanningState = {
    load: 'loading',
    data: null,
    page: null,
    partnerId: choices.partnerId,
    minutes: choices.minutes,
    repeat: choices.repeat,
    slots: [],
    agendas: {},
    lostNotices: [],
    justBlocked: null,
    shownAgenda: null,
    problem: null,
    recording: false,
  };
  const store: SessionStore = {
    env,
    choices,
    get: () => state,
    set(patch) {
      state = { ...state, ...patch };
      env.onChange(state);
    },
    setQuietly(patch) {
      state = { ...state, ...patch };
    },
    failed(error) {
      if (error.code === 'invalidated') store.set({ load: 'invalidated' });
      else store.set({ problem: env.t('calendarSaveFailed') });
    },
    partner: () => state.data?.people.find((person) => person.id === state.partnerId),
  };
  return store;
}
