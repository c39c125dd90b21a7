import type { Repeat } from '../../schema/calendar';
import { createAgendaCache } from './agenda-cache';
import { createBlocking } from './blocking';
import { createLostTime } from './lost-time';
import { offeredSlots } from './offered-slots';
import { createPartnerEditing } from './partner';
import { createSettingsEditing } from './settings-editing';
import { createShownAgenda } from './shown-agenda';
import { createStore, type PageReading, type PlanningEnvironment } from './state';

// The Calendar planning panel's session for one page view: its parts (one concern each, in this folder)
// share one store (state.ts), and this file puts them together into the actions the panel calls.

export function createPlanningSession(env: PlanningEnvironment) {
  const store = createStore(env);
  const agendas = createAgendaCache(store);
  const lostTime = createLostTime(store, agendas);

  /** Offers the chosen partner's free times in the visible days, and fetches their agendas. */
  function recompute(): void {
    const chosen = store.partner();
    const state = store.get();
    const slots = chosen ? offeredSlots(state, env.now(), { minutes: state.minutes, windows: chosen.freePeriods }) : [];
    store.set({ slots });
    void agendas.load(slots);
  }

  const partner = createPartnerEditing(store, recompute);

  const actions = {
    async load(): Promise<void> {
      const answer = await env.call('calendar.state', {});
      if (!answer.ok) {
        store.set({ load: answer.error.code === 'invalidated' ? 'invalidated' : 'error' });
        return;
      }
      store.set({ load: 'ready', data: answer.data, partnerId: partner.adoptKnown(answer.data) });
      recompute();
      lostTime.reconcileWhenSettled();
    },

    /** A new reading of the page (first read, or Calendar re-rendered). */
    setPage(page: PageReading): void {
      store.set({ page });
      if (store.get().load !== 'ready') return;
      recompute();
      lostTime.reconcileWhenSettled();
    },

    /**
     * The same reading again (same days and events) with new elements: Calendar re-rendered its chips.
     * Kept without recomputing anything, so badges go on the chips that are in the page now.
     */
    refreshElements(page: PageReading): void {
      store.setQuietly({ page });
    },

    blockChips: lostTime.blockChips,

    setPartner: partner.setPartner,
    addPartner: partner.addPartner,
    updatePartner: partner.updatePartner,

    setMinutes(minutes: number): void {
      store.choices.minutes = minutes;
      store.set({ minutes, justBlocked: null });
      recompute();
    },

    setRepeat(repeat: Repeat): void {
      store.choices.repeat = repeat;
      store.set({ repeat, justBlocked: null });
    },

    ...createSettingsEditing(store, recompute),
    ...createBlocking(store, agendas),

    /** Whether "Block this time" is ready for a slot: its agenda has arrived (or could not be had). */
    agendaReady: agendas.ready,

    ...createShownAgenda(store),

    dismissProblem(): void {
      store.set({ problem: null });
    },

    markInvalidated(): void {
      store.set({ load: 'invalidated' });
    },
  };

  return { actions, getState: store.get, tally: lostTime.tally };
}

export type PlanningSession = ReturnType<typeof createPlanningSession>;
export type PlanningActions = PlanningSession['actions'];
