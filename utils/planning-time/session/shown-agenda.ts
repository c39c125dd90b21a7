import { addDays } from '../dates';
import { previousOccurrence } from '../occurrences';
import type { SessionStore } from './state';

// The agenda of one recorded block on one date, shown when the teacher picks the block's badge.

export function createShownAgenda(store: SessionStore) {
  return {
    async showAgenda(blockId: string, date: string): Promise<void> {
      const block = store.get().data?.blocks.find((candidate) => candidate.id === blockId);
      if (!block) return;
      store.set({ shownAgenda: { block, date, text: null } });
      const since = previousOccurrence(block, date) ?? addDays(date, -14);
      const answer = await store.env.call('agenda.forDates', {
        minutes: block.end - block.start,
        items: [{ date, since }],
      });
      if (!answer.ok) return store.failed(answer.error);
      const shown = store.get().shownAgenda;
      // The teacher picked another badge meanwhile: that one's answer counts.
      if (shown?.block.id !== blockId || shown.date !== date) return;
      store.set({ shownAgenda: { block, date, text: answer.data[0]?.text ?? '' } });
    },

    closeAgenda(): void {
      store.set({ shownAgenda: null });
    },
  };
}
