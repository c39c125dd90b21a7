import { isVisible } from '../visible';
import { chipLabel, decodeEventId } from './chip';
import { decodeDatekey, isoDate } from './datekey';
import { pickPeriod, urlDate } from './period';
import { EVENT_CHIP, FILLED_STACKED_CHIP, GRID, GRIDCELL, MONTH_DATE_NUMBER, MONTH_DAY_TARGET, ROW } from './selectors';
import type { MonthReading } from './types';

// The chips of a month view, for badges on recorded planning blocks. Month day cells carry no datekey
// (tests/fixtures/README.md B.4 [S]): a chip's day is the date number at the same position in its week row. Month
// chips have no time geometry, so start and end are null; chips hidden behind "N more" are not in the DOM.

type MonthEvent = Extract<MonthReading, { ok: true }>['events'][number];

/** Reads the month grid under `root` (usually the document). Never throws. */
export function readMonth(root: ParentNode): MonthReading {
  try {
    const grids = [...root.querySelectorAll(GRID)].filter((grid) => grid.querySelector(MONTH_DATE_NUMBER));
    const grid = pickPeriod(grids.filter(isVisible), urlDate(root));
    if (grid === null) return { ok: false, problem: 'no-grid' };
    const days: string[] = [];
    const events: MonthEvent[] = [];
    const seen = new Set<string>();
    for (const row of weekRows(grid)) {
      const cells = own(row, GRIDCELL);
      const dates = rowDates(row, cells.length);
      if (dates === null) continue; // cannot line dates up with cells: dating by guess would be worse
      for (const date of dates) if (!days.includes(date)) days.push(date);
      cells.forEach((cell, index) => {
        for (const chip of cell.querySelectorAll<HTMLElement>(EVENT_CHIP)) {
          const key = chip.getAttribute('data-eventid') ?? '';
          // A multi-day chip may reappear in the next week row: its first (earliest) copy is its date.
          if (!key || seen.has(key)) continue;
          seen.add(key);
          const date = dates[index] as string; // rowDates has one date per cell
          events.push({
            key,
            eventId: decodeEventId(key),
            date,
            allDay: isFilled(chip),
            start: null,
            end: null,
            label: chipLabel(chip),
            chip,
          });
        }
      });
    }
    return { ok: true, days, events };
  } catch {
    return { ok: false, problem: 'no-grid' }; // a reader never throws
  }
}

/** Week rows: rows of the grid holding date numbers (the weekday header row has none). */
function weekRows(grid: Element): Element[] {
  return [...grid.querySelectorAll(ROW)].filter((row) => row.querySelector(MONTH_DATE_NUMBER));
}

/** Matches of `selector` inside `row` that belong to it, not to a nested row. */
function own(row: Element, selector: string): Element[] {
  return [...row.querySelectorAll(selector)].filter((element) => element.closest(ROW) === row);
}

/**
 * One date per day cell, in cell order: from the row's date numbers, else from its click targets (both one
 * per day, in display order). Null when neither lines up with the cells or a key does not decode.
 */
function rowDates(row: Element, cellCount: number): string[] | null {
  for (const selector of [MONTH_DATE_NUMBER, MONTH_DAY_TARGET]) {
    const keys = own(row, selector).map((element) => decodeDatekey(element.getAttribute('data-datekey') ?? ''));
    if (cellCount > 0 && keys.length === cellCount && keys.every((day) => day !== null)) {
      return keys.map((day) => isoDate(day as NonNullable<typeof day>));
    }
  }
  return null;
}

/** All-day chips are filled, timed ones show a dot ([G], selectors.ts); only sets `allDay`. */
function isFilled(chip: Element): boolean {
  return chip.matches(FILLED_STACKED_CHIP) || chip.querySelector(FILLED_STACKED_CHIP) !== null;
}
