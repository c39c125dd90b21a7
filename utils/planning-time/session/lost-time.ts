import type { CalendarState } from '../../messaging/protocol';
import type { LostOccurrence, PlanningBlock } from '../../schema/calendar';
import { matchBlocks } from '../block-match';
import { monthOfWeek, monthTally } from '../tally';
import type { AgendaCache } from './agenda-cache';
import { offeredSlots } from './offered-slots';
import type { LostNotice, SessionStore } from './state';

// Lost time: which recorded blocks the page shows, reported to the background once the grid has settled,
// and the lost meetings it answers with, each with a make-up time; and the month's planned vs lost minutes.

export type LostTime = ReturnType<typeof createLostTime>;

export function createLostTime(store: SessionStore, agendas: AgendaCache) {
  const { env } = store;
  /** What was last reported, so an unchanged week is not reported again. */
  let lastPresence = '';
  /** Counts reports, so only the newest one's answer is applied. */
  let reconcileRequest = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Which recorded blocks the page shows, by chip key: for badges and for lost-time tracking. */
  function blockChips(): Map<string, string> {
    const { page, data } = store.get();
    if (!page?.reading.ok || !data) return new Map();
    // Month chips have no times; grid chips do, which tells apart two same-day blocks with one title.
    const events = page.reading.events.map(({ key, date, label, allDay, start, end }) => ({
      key,
      date,
      label,
      allDay,
      ...(start !== null && end !== null ? { start, end } : {}),
    }));
    return matchBlocks(data.blocks, events);
  }

  async function reconcile(): Promise<void> {
    const { page, data: before } = store.get();
    // Only a readable time grid can say a block is absent: a month cell hides events behind "N more".
    if (page?.kind !== 'grid' || !page.reading.ok || !before || before.blocks.length === 0) return;
    const chips = blockChips();
    const byKey = new Map(page.reading.events.map((event) => [event.key, event.date]));
    const present = [...chips].map(([key, blockId]) => ({ blockId, date: byKey.get(key) as string }));
    const presence = JSON.stringify([page.reading.days, present]);
    if (presence === lastPresence) return;
    const request = ++reconcileRequest;
    const answer = await env.call('blocks.recordWeek', { visibleDays: page.reading.days, present });
    // A newer reading was sent meanwhile: its answer counts, not this one.
    if (request !== reconcileRequest) return;
    if (!answer.ok) return store.failed(answer.error);
    lastPresence = presence;
    const current = store.get().data;
    if (!current) return;
    // Merged by id: a block recorded while this answer was on its way must not vanish from the panel.
    const answered = new Set(answer.data.blocks.map((block) => block.id));
    const blocks = [...answer.data.blocks, ...current.blocks.filter((block) => !answered.has(block.id))];
    const data = { ...current, blocks, lost: answer.data.lost };
    const visible = new Set(page.reading.days);
    const notices = answer.data.lost
      .filter((lost) => visible.has(lost.date))
      .map((lost) => {
        const block = data.blocks.find((candidate) => candidate.id === lost.blockId);
        return block ? lostNotice(lost, block, data) : null;
      })
      .filter((notice): notice is LostNotice => notice !== null);
    store.set({ data, lostNotices: notices });
    void agendas.load(notices.flatMap((notice) => (notice.makeUp ? [notice.makeUp] : [])));
  }

  function lostNotice(lost: LostOccurrence, block: PlanningBlock, data: CalendarState): LostNotice {
    const who = data.people.find((person) => person.id === block.partnerId);
    // Later that week than the lost meeting would have ended, with the same partner and length.
    const after = { date: lost.date, minute: block.end };
    const options = { minutes: block.end - block.start, windows: who?.freePeriods, after };
    const makeUp = offeredSlots(store.get(), env.now(), options)[0] ?? null;
    return { lost, block, makeUp };
  }

  return {
    blockChips,

    /** Reports the blocks' presence once the grid stopped changing for `settleMs`. */
    reconcileWhenSettled(): void {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => void reconcile(), env.settleMs ?? 800);
    },

    /** Planned vs lost minutes for the month the visible days belong to. */
    tally() {
      const { page, data } = store.get();
      const month = monthOfWeek(page?.reading.ok ? page.reading.days : []);
      if (!data || month === null) return null;
      return { month, ...monthTally(data.blocks, data.lost, month) };
    },
  };
}
