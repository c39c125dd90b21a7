import type { PlanningBlock, Repeat } from '../../schema/calendar';
import type { Person } from '../../schema/person';
import type { Settings } from '../../schema/settings';
import { blockTitle } from '../block-match';
import { icsFileName } from '../ics-name';
import { templateUrl } from '../template-url';
import type { Slot } from '../types';
import type { AgendaCache } from './agenda-cache';
import type { SessionStore } from './state';

// Turning an offered slot into a planning block: Calendar's own editor opened pre-filled, or an .ics
// file, and the block recorded either way.

export function createBlocking(store: SessionStore, agendas: AgendaCache) {
  const { env } = store;

  async function record(slot: Slot, repeat: Repeat): Promise<PlanningBlock | null> {
    const chosen = store.partner();
    const { data, recording } = store.get();
    if (!chosen || !data || recording) return null;
    store.set({ recording: true });
    const answer = await env.call('blocks.create', {
      uid: env.newUid(),
      partnerId: chosen.id,
      title: blockTitle(data.settings.myName, chosen.name, env.t('planningBlockTitleWord')),
      firstDate: slot.date,
      start: slot.start,
      end: slot.end,
      repeat,
      timeZone: env.timeZone,
    });
    if (!answer.ok) {
      store.set({ recording: false });
      store.failed(answer.error);
      return null;
    }
    const current = store.get().data;
    const blocks = [...(current?.blocks ?? []), answer.data];
    store.set({ recording: false, ...(current ? { data: { ...current, blocks } } : {}) });
    return answer.data;
  }

  function eventUrl(slot: Slot, repeat: Repeat, who: Person, settings: Settings): string {
    return templateUrl({
      title: blockTitle(settings.myName, who.name, env.t('planningBlockTitleWord')),
      date: slot.date,
      start: slot.start,
      end: slot.end,
      timeZone: env.timeZone,
      repeat,
      ...(who.email ? { guestEmail: who.email } : {}),
      details: agendas.textFor(slot),
      ...(env.account !== undefined ? { account: env.account } : {}),
    });
  }

  return {
    /**
     * Opens Calendar's own editor pre-filled, and records the block. Must run inside the click handler
     * (the browser only opens tabs in answer to the user), so the URL is built from data already here.
     */
    block(slot: Slot, repeat: Repeat = store.get().repeat): void {
      const who = store.partner();
      const { data, recording } = store.get();
      if (!who || !data || recording) return;
      // Nothing is recorded when the browser refused the tab: no event will exist to look for.
      if (!env.openTab(eventUrl(slot, repeat, who, data.settings))) {
        store.set({ problem: env.t('calendarPopupBlocked') });
        return;
      }
      void record(slot, repeat).then((block) => {
        if (block) store.set({ justBlocked: { block, slot, opened: true } });
      });
    },

    /** Records the block and saves it as an .ics file for other calendars. */
    async downloadIcs(slot: Slot, repeat: Repeat = store.get().repeat): Promise<void> {
      const block = await record(slot, repeat);
      if (!block) return;
      const answer = await env.call('blocks.ics', { blockId: block.id });
      if (!answer.ok) return store.failed(answer.error);
      if (answer.data === null) return store.set({ problem: env.t('calendarSaveFailed') });
      env.download(icsFileName(block), answer.data, 'text/calendar');
      store.set({ justBlocked: { block, slot, opened: false } });
    },
  };
}
