import { addDays } from '../dates';
import type { Slot } from '../types';
import type { SessionStore } from './state';

// The agendas of the offered slots (the details of the Calendar event a slot would become), kept in the
// session's state by date and length for this page view.

export type AgendaCache = ReturnType<typeof createAgendaCache>;

export function createAgendaCache(store: SessionStore) {
  const textOf = (slot: Slot): string | undefined => store.get().agendas[agendaKey(slot.date, slot.end - slot.start)];
  return {
    /**
     * Fetches the agendas the slots still lack, one request per length. An answer that arrives late is
     * still right for its key, so none is thrown away.
     */
    async load(slots: Slot[]): Promise<void> {
      const byLength = new Map<number, Set<string>>();
      for (const slot of slots) {
        const minutes = slot.end - slot.start;
        if (textOf(slot) !== undefined) continue;
        byLength.set(minutes, (byLength.get(minutes) ?? new Set()).add(slot.date));
      }
      await Promise.all(
        [...byLength].map(async ([minutes, dateSet]) => {
          const dates = [...dateSet];
          const answer = await store.env.call('agenda.forDates', {
            minutes,
            items: dates.map((date) => ({ date, since: addDays(date, -14) })),
          });
          // Without an answer the block can still be made, with an empty agenda, rather than never.
          const texts = answer.ok
            ? answer.data.map((item) => [agendaKey(item.date, minutes), item.text] as const)
            : dates.map((date) => [agendaKey(date, minutes), ''] as const);
          store.set({ agendas: { ...store.get().agendas, ...Object.fromEntries(texts) } });
        }),
      );
    },

    /** Whether a slot's agenda has arrived (or could not be had). */
    ready: (slot: Slot): boolean => textOf(slot) !== undefined,

    /** A slot's agenda, empty while it has not arrived. */
    textFor: (slot: Slot): string => textOf(slot) ?? '',
  };
}

function agendaKey(date: string, minutes: number): string {
  return `${date}:${minutes}`;
}
