import type { CalendarState } from '../../messaging/protocol';
import type { GridReading, MonthReading } from '../../pages/calendar/types';
import type { Call } from '../../plans/session';
import type { LostOccurrence, PlanningBlock, Repeat, SchoolDay, Settings, WeeklyWindow } from '../../schema/calendar';
import type { NewPerson, Person } from '../../schema/person';
import { blockTitle, matchBlocks } from '../block-match';
import { addDays } from '../dates';
import { icsFileName } from '../ics-name';
import { previousOccurrence } from '../occurrences';
import { findSlots } from '../slots';
import { monthOfWeek, monthTally } from '../tally';
import { templateUrl } from '../template-url';
import type { Slot } from '../types';

// The Calendar planning panel's state and actions, UI-free: it reaches the background only through the
// injected `call`, and the page only through the readings it is given, so unit tests drive it directly.

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
}

/** Choices the teacher made, remembered across Calendar's single-page navigations (week to week). */
const remembered: { partnerId: string | null; minutes: number; repeat: Repeat } = {
  partnerId: null,
  minutes: 45,
  repeat: 'weekly',
};

export function createPlanningSession(env: PlanningEnvironment) {
  let state: PlanningState = {
    load: 'loading',
    data: null,
    page: null,
    partnerId: remembered.partnerId,
    minutes: remembered.minutes,
    repeat: remembered.repeat,
    slots: [],
    agendas: {},
    lostNotices: [],
    justBlocked: null,
    shownAgenda: null,
    problem: null,
    recording: false,
  };
  let lastPresence = '';
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const reconcileWhenSettled = () => {
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => void reconcile(), env.settleMs ?? 800);
  };
  let reconcileRequest = 0;

  const set = (patch: Partial<PlanningState>) => {
    state = { ...state, ...patch };
    env.onChange(state);
  };

  const failed = (error: { code: string }) => {
    if (error.code === 'invalidated') set({ load: 'invalidated' });
    else set({ problem: env.t('calendarSaveFailed') });
  };

  const partner = (): Person | undefined => state.data?.people.find((person) => person.id === state.partnerId);

  function gridDays(): string[] {
    return state.page?.reading.ok ? state.page.reading.days : [];
  }

  function busyEvents() {
    if (state.page?.kind !== 'grid' || !state.page.reading.ok) return [];
    return state.page.reading.events.map(({ date, start, end, allDay }) => ({ date, start, end, allDay }));
  }

  function slotsFor(options: {
    minutes: number;
    windows: WeeklyWindow[] | undefined;
    after?: { date: string; minute: number };
  }): Slot[] {
    if (state.page?.kind !== 'grid' || !state.page.reading.ok || !state.data) return [];
    const now = localMoment(env.now());
    const after = options.after;
    const notBefore = after && isLater(after, now) ? after : now;
    return findSlots({
      days: state.page.reading.days,
      events: busyEvents(),
      schoolDay: state.data.settings.schoolDay,
      ...(options.windows?.length ? { partnerWindows: options.windows } : {}),
      minutes: options.minutes,
      notBefore,
    });
  }

  function recompute(): void {
    const chosen = partner();
    const slots = chosen ? slotsFor({ minutes: state.minutes, windows: chosen.freePeriods }) : [];
    set({ slots });
    void loadAgendas(slots);
  }

  /**
   * Fetches the agendas the offered slots still lack. Cached by date and length for this page view; an
   * answer that arrives late is still right for its key, so none is thrown away.
   */
  async function loadAgendas(slots: Slot[]): Promise<void> {
    const byLength = new Map<number, Set<string>>();
    for (const slot of slots) {
      const minutes = slot.end - slot.start;
      if (state.agendas[agendaKey(slot.date, minutes)] !== undefined) continue;
      byLength.set(minutes, (byLength.get(minutes) ?? new Set()).add(slot.date));
    }
    await Promise.all(
      [...byLength].map(async ([minutes, dateSet]) => {
        const dates = [...dateSet];
        const answer = await env.call('agenda.forDates', {
          minutes,
          items: dates.map((date) => ({ date, since: addDays(date, -14) })),
        });
        // Without an answer the block can still be made, with an empty agenda, rather than never.
        const texts = answer.ok
          ? answer.data.map((item) => [agendaKey(item.date, minutes), item.text] as const)
          : dates.map((date) => [agendaKey(date, minutes), ''] as const);
        set({ agendas: { ...state.agendas, ...Object.fromEntries(texts) } });
      }),
    );
  }

  /** Which recorded blocks the page shows, by chip key: for badges and for lost-time tracking. */
  function blockChips(): Map<string, string> {
    if (!state.page?.reading.ok || !state.data) return new Map();
    // Month chips have no times; grid chips do, which tells apart two same-day blocks with one title.
    const events = state.page.reading.events.map(({ key, date, label, allDay, start, end }) => ({
      key,
      date,
      label,
      allDay,
      ...(start !== null && end !== null ? { start, end } : {}),
    }));
    return matchBlocks(state.data.blocks, events);
  }

  async function reconcile(): Promise<void> {
    const page = state.page;
    // Only a readable time grid can say a block is absent: a month cell hides events behind "N more".
    if (page?.kind !== 'grid' || !page.reading.ok || !state.data || state.data.blocks.length === 0) return;
    const chips = blockChips();
    const byKey = new Map(page.reading.events.map((event) => [event.key, event.date]));
    const present = [...chips].map(([key, blockId]) => ({ blockId, date: byKey.get(key) as string }));
    const presence = JSON.stringify([page.reading.days, present]);
    if (presence === lastPresence) return;
    const request = ++reconcileRequest;
    const answer = await env.call('blocks.recordWeek', { visibleDays: page.reading.days, present });
    // A newer reading was sent meanwhile: its answer counts, not this one.
    if (request !== reconcileRequest) return;
    if (!answer.ok) return failed(answer.error);
    lastPresence = presence;
    if (!state.data) return;
    // Merged by id: a block recorded while this answer was on its way must not vanish from the panel.
    const answered = new Set(answer.data.blocks.map((block) => block.id));
    const blocks = [...answer.data.blocks, ...state.data.blocks.filter((block) => !answered.has(block.id))];
    const data = { ...state.data, blocks, lost: answer.data.lost };
    const visible = new Set(page.reading.days);
    const notices = answer.data.lost
      .filter((lost) => visible.has(lost.date))
      .map((lost) => {
        const block = data.blocks.find((candidate) => candidate.id === lost.blockId);
        return block ? lostNotice(lost, block, data) : null;
      })
      .filter((notice): notice is LostNotice => notice !== null);
    set({ data, lostNotices: notices });
    void loadAgendas(notices.flatMap((notice) => (notice.makeUp ? [notice.makeUp] : [])));
  }

  function lostNotice(lost: LostOccurrence, block: PlanningBlock, data: CalendarState): LostNotice {
    const who = data.people.find((person) => person.id === block.partnerId);
    // Later that week than the lost meeting would have ended, with the same partner and length.
    const after = { date: lost.date, minute: block.end };
    const makeUp = slotsFor({ minutes: block.end - block.start, windows: who?.freePeriods, after })[0] ?? null;
    return { lost, block, makeUp };
  }

  async function record(slot: Slot, repeat: Repeat): Promise<PlanningBlock | null> {
    const chosen = partner();
    if (!chosen || !state.data || state.recording) return null;
    set({ recording: true });
    const answer = await env.call('blocks.create', {
      uid: env.newUid(),
      partnerId: chosen.id,
      title: blockTitle(state.data.settings.myName, chosen.name),
      firstDate: slot.date,
      start: slot.start,
      end: slot.end,
      repeat,
      timeZone: env.timeZone,
    });
    if (!answer.ok) {
      set({ recording: false });
      failed(answer.error);
      return null;
    }
    const blocks = [...(state.data?.blocks ?? []), answer.data];
    set({ recording: false, ...(state.data ? { data: { ...state.data, blocks } } : {}) });
    return answer.data;
  }

  function eventUrl(slot: Slot, repeat: Repeat, who: Person, settings: Settings): string {
    return templateUrl({
      title: blockTitle(settings.myName, who.name),
      date: slot.date,
      start: slot.start,
      end: slot.end,
      timeZone: env.timeZone,
      repeat,
      ...(who.email ? { guestEmail: who.email } : {}),
      details: state.agendas[agendaKey(slot.date, slot.end - slot.start)] ?? '',
      ...(env.account !== undefined ? { account: env.account } : {}),
    });
  }

  const actions = {
    async load(): Promise<void> {
      const answer = await env.call('calendar.state', {});
      if (!answer.ok) {
        set({ load: answer.error.code === 'invalidated' ? 'invalidated' : 'error' });
        return;
      }
      const known = answer.data.people.some((person) => person.id === state.partnerId);
      const partnerId = known ? state.partnerId : (answer.data.people[0]?.id ?? null);
      remembered.partnerId = partnerId;
      set({ load: 'ready', data: answer.data, partnerId });
      recompute();
      reconcileWhenSettled();
    },

    /** A new reading of the page (first read, or Calendar re-rendered). */
    setPage(page: PageReading): void {
      set({ page });
      if (state.load !== 'ready') return;
      recompute();
      reconcileWhenSettled();
    },

    /**
     * The same reading again (same days and events) with new elements: Calendar re-rendered its chips.
     * Kept without recomputing anything, so badges go on the chips that are in the page now.
     */
    refreshElements(page: PageReading): void {
      state = { ...state, page };
    },

    blockChips,

    setPartner(partnerId: string): void {
      remembered.partnerId = partnerId;
      set({ partnerId, justBlocked: null });
      recompute();
    },

    setMinutes(minutes: number): void {
      remembered.minutes = minutes;
      set({ minutes, justBlocked: null });
      recompute();
    },

    setRepeat(repeat: Repeat): void {
      remembered.repeat = repeat;
      set({ repeat, justBlocked: null });
    },

    async setMyName(myName: string): Promise<void> {
      if (!state.data) return;
      set({ data: { ...state.data, settings: { ...state.data.settings, myName } } });
      const answer = await env.call('settings.save', { myName });
      if (!answer.ok) failed(answer.error);
    },

    async setSchoolDay(schoolDay: SchoolDay): Promise<void> {
      if (!state.data) return;
      set({ data: { ...state.data, settings: { ...state.data.settings, schoolDay } } });
      recompute();
      const answer = await env.call('settings.save', { schoolDay });
      if (!answer.ok) failed(answer.error);
    },

    /** Adds someone typed in the panel and makes them the partner; false when it could not be saved. */
    async addPartner(person: NewPerson): Promise<boolean> {
      const answer = await env.call('people.add', person);
      if (!answer.ok) {
        failed(answer.error);
        return false;
      }
      if (!state.data) return false;
      const others = state.data.people.filter((known) => known.id !== answer.data.id);
      const people = [...others, answer.data].sort((a, b) => a.name.localeCompare(b.name));
      remembered.partnerId = answer.data.id;
      set({ data: { ...state.data, people }, partnerId: answer.data.id, justBlocked: null });
      recompute();
      return true;
    },

    async updatePartner(update: { email?: string; freePeriods?: WeeklyWindow[] }): Promise<void> {
      const chosen = partner();
      if (!chosen || !state.data) return;
      const next: Person = { ...chosen, ...update };
      if (update.email === '') delete next.email;
      const people = state.data.people.map((person) => (person.id === chosen.id ? next : person));
      set({ data: { ...state.data, people } });
      if (update.freePeriods) recompute();
      const answer = await env.call('people.update', { id: chosen.id, ...update });
      if (!answer.ok) failed(answer.error);
    },

    /**
     * Opens Calendar's own editor pre-filled, and records the block. Must run inside the click handler
     * (the browser only opens tabs in answer to the user), so the URL is built from data already here.
     */
    block(slot: Slot, repeat: Repeat = state.repeat): void {
      const who = partner();
      if (!who || !state.data || state.recording) return;
      // Nothing is recorded when the browser refused the tab: no event will exist to look for.
      if (!env.openTab(eventUrl(slot, repeat, who, state.data.settings))) {
        set({ problem: env.t('calendarPopupBlocked') });
        return;
      }
      void record(slot, repeat).then((block) => {
        if (block) set({ justBlocked: { block, slot, opened: true } });
      });
    },

    /** Whether "Block this time" is ready for a slot: its agenda has arrived (or could not be had). */
    agendaReady(slot: Slot): boolean {
      return state.agendas[agendaKey(slot.date, slot.end - slot.start)] !== undefined;
    },

    /** Records the block and saves it as an .ics file for other calendars. */
    async downloadIcs(slot: Slot, repeat: Repeat = state.repeat): Promise<void> {
      const block = await record(slot, repeat);
      if (!block) return;
      const answer = await env.call('blocks.ics', { blockId: block.id });
      if (!answer.ok) return failed(answer.error);
      if (answer.data === null) return set({ problem: env.t('calendarSaveFailed') });
      env.download(icsFileName(block), answer.data, 'text/calendar');
      set({ justBlocked: { block, slot, opened: false } });
    },

    async showAgenda(blockId: string, date: string): Promise<void> {
      const block = state.data?.blocks.find((candidate) => candidate.id === blockId);
      if (!block) return;
      set({ shownAgenda: { block, date, text: null } });
      const since = previousOccurrence(block, date) ?? addDays(date, -14);
      const answer = await env.call('agenda.forDates', {
        minutes: block.end - block.start,
        items: [{ date, since }],
      });
      if (!answer.ok) return failed(answer.error);
      if (state.shownAgenda?.block.id !== blockId || state.shownAgenda.date !== date) return;
      set({ shownAgenda: { block, date, text: answer.data[0]?.text ?? '' } });
    },

    closeAgenda(): void {
      set({ shownAgenda: null });
    },

    dismissProblem(): void {
      set({ problem: null });
    },

    markInvalidated(): void {
      set({ load: 'invalidated' });
    },
  };

  return {
    actions,
    getState: () => state,
    /** Planned vs lost minutes for the month the visible days belong to. */
    tally() {
      const days = gridDays();
      const month = monthOfWeek(days);
      if (!state.data || month === null) return null;
      return { month, ...monthTally(state.data.blocks, state.data.lost, month) };
    },
  };
}

function agendaKey(date: string, minutes: number): string {
  return `${date}:${minutes}`;
}

/** The wall-clock date and minute of a moment in this browser's zone (the grid's zone). */
function localMoment(moment: Date): { date: string; minute: number } {
  const date = `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
  return { date, minute: moment.getHours() * 60 + moment.getMinutes() };
}

function isLater(a: { date: string; minute: number }, b: { date: string; minute: number }): boolean {
  return a.date > b.date || (a.date === b.date && a.minute > b.minute);
}

export type PlanningSession = ReturnType<typeof createPlanningSession>;
export type PlanningActions = PlanningSession['actions'];
