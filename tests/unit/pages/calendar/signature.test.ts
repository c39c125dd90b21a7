import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../../utils/pages/calendar/read-grid';
import { readMonth } from '../../../../utils/pages/calendar/read-month';
import { EVENT_CHIP } from '../../../../utils/pages/calendar/selectors';
import { readingSignature } from '../../../../utils/pages/calendar/signature';
import type { GridEvent, GridReading } from '../../../../utils/pages/calendar/types';
import { loadFixture } from './fixtures';

// The signature decides whether a new reading is news (recompute free times, match blocks again) or the same
// chips re-rendered (only the elements change, and the block matches are reused).

const grid = (document: Document) => readingSignature('grid', readGrid(document));

describe('readingSignature', () => {
  it('is equal for a fresh copy of the same week, and unchanged by badges inside chips', () => {
    const first = loadFixture('week');
    const second = loadFixture('week');
    expect(grid(second)).toBe(grid(first));
    const chip = second.querySelector(EVENT_CHIP) as Element;
    chip.append(second.createElement('tandem-block-badge'));
    expect(grid(second)).toBe(grid(first));
    expect(readingSignature('month', readMonth(loadFixture('month')))).toBe(
      readingSignature('month', readMonth(loadFixture('month'))),
    );
  });

  it('changes when an event is renamed, moved or removed', () => {
    const before = grid(loadFixture('week'));
    /** A timed chip the reader reads (not a copy in a hidden column), in a fresh copy of the week. */
    const timedChip = () => {
      const document = loadFixture('week');
      const reading = readGrid(document) as Extract<GridReading, { ok: true }>;
      const event = reading.events.find((candidate) => !candidate.allDay) as GridEvent;
      return { document, chip: event.chip };
    };
    const renamed = timedChip();
    renamed.chip.setAttribute('aria-label', 'Renamed');
    expect(grid(renamed.document)).not.toBe(before);
    const moved = timedChip();
    moved.chip.style.top = `${Number.parseFloat(moved.chip.style.top) + 24}px`;
    expect(grid(moved.document)).not.toBe(before);
    const removed = timedChip();
    removed.chip.remove();
    expect(grid(removed.document)).not.toBe(before);
  });

  it('tells an all-day event from a timed one spanning the whole day', () => {
    const event = (allDay: boolean): GridEvent => ({
      key: 'k',
      eventId: null,
      date: '2025-09-15',
      allDay,
      start: 0,
      end: 1440,
      label: 'Trip',
      chip: {} as HTMLElement,
    });
    const reading = (allDay: boolean): GridReading => ({
      ok: true,
      days: ['2025-09-15'],
      events: [event(allDay)],
      skipped: 0,
      pxPerHour: 48,
    });
    expect(readingSignature('grid', reading(true))).not.toBe(readingSignature('grid', reading(false)));
  });

  it('names the problem of an unreadable view', () => {
    expect(readingSignature('grid', { ok: false, problem: 'no-grid' })).toBe('grid:no-grid');
  });
});
