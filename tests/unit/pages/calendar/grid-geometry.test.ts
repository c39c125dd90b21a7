import { beforeAll, describe, expect, it } from 'vitest';
import { findGrid, measureGrid } from '../../../../utils/pages/calendar/grid-geometry';
import { loadFixture, loadHtml } from './fixtures';

// Finding the grid's elements on calendar-week.html: the shown day columns (the ones readGrid dates chips
// by) and the element that scrolls their hours, found by its overflow, not its class. Measuring needs
// layout, which jsdom has not: the e2e spec free-times-grid.spec.ts measures in Chromium.

describe('findGrid', () => {
  let week: Document;
  // Parsing the fixture takes seconds on a loaded machine: once for the file, with room to spare.
  beforeAll(() => {
    week = loadFixture('week');
  }, 30_000);

  it('finds the week fixture’s seven columns, in order, and their scroller', () => {
    const grid = findGrid(week);
    expect(grid?.columns.map(({ date }) => date)).toEqual([
      '2025-09-14',
      '2025-09-15',
      '2025-09-16',
      '2025-09-17',
      '2025-09-18',
      '2025-09-19',
      '2025-09-20',
    ]);
    // The fixture's scrolling viewport (overflow-y: auto), however Calendar names its class.
    expect(grid?.scroller?.classList.contains('Tmdkcc')).toBe(true);
  });

  it('finds nothing on a page without a time grid', () => {
    expect(findGrid(loadHtml('<main role="main"></main>', 'https://calendar.google.com/calendar/u/0/r/week'))).toBe(
      null,
    );
  });

  it('does not measure a grid whose column Calendar replaced: it must be found again', () => {
    const grid = findGrid(week);
    if (!grid) throw new Error('no grid');
    grid.columns[3]?.column.remove();
    expect(measureGrid(grid)).toBeNull();
  });
});
