import { isVisible } from '../visible';
import { chipLabel, decodeEventId } from './chip';
import { decodeDatekey, isoDate } from './datekey';
import { periodRange, pickPeriod, urlDate } from './period';
import { ALL_DAY_CELL, COLUMN_HEADER_DATE, DAY_COLUMN, EVENT_CHIP, GRID, GRIDCELL, ROW } from './selectors';
import { CHIP_GAP_PX, parsePx, pxPerHourOf, pxToMinutes } from './time-scale';
import type { GridEvent, GridReading } from './types';

// The events of a day / week / custom-days time grid, for finding free time. Keyed on stable hooks only
// (tests/fixtures/README.md B.2, B.3): chips by data-eventid, days by the enclosing column's data-datekey, times by
// the chip's pixel position. No text is parsed, so any language and either clock works.

/** The visible day columns of the chosen period: one per day. */
interface Days {
  /** Column element → its day (YYYY-MM-DD). Columns left out (hidden, duplicate day) are absent. */
  byColumn: Map<Element, string>;
  /** data-column-index → day, to date the all-day row's cells. */
  byIndex: Map<number, string>;
  /** Days in order. */
  sorted: string[];
}

/** Reads the time grid under `root` (usually the document). Never throws. */
export function readGrid(root: ParentNode): GridReading {
  try {
    const { scope, grids } = shownPeriod(root);
    if (scope === undefined) return { ok: false, problem: grids ? 'no-columns' : 'no-grid' };
    const days = readDays(scope);
    const first = days.byColumn.keys().next().value;
    if (first === undefined) return { ok: false, problem: 'no-columns' };
    const pxPerHour = pxPerHourOf(first as HTMLElement);
    const { events, skipped } = readChips(scope, days, pxPerHour);
    return { ok: true, days: days.sorted, events, skipped, pxPerHour };
  } catch {
    return { ok: false, problem: 'no-grid' }; // a reader never throws; an unreadable page is not a grid
  }
}

/**
 * The visible day columns of the period shown, one per day in page order (the columns readGrid dates
 * chips by); empty when the page shows no time grid. Never throws.
 */
export function readDayColumns(root: ParentNode): Array<{ date: string; column: HTMLElement }> {
  try {
    const { scope } = shownPeriod(root);
    if (scope === undefined) return [];
    return [...readDays(scope).byColumn].map(([column, date]) => ({ date, column: column as HTMLElement }));
  } catch {
    return [];
  }
}

/** The container of the period shown (`scope`), and how many visible grid containers there are. */
function shownPeriod(root: ParentNode): { scope: ParentNode | undefined; grids: number } {
  const grids = [...root.querySelectorAll(GRID)].filter(isVisible);
  const withColumns = grids.filter((grid) => grid.querySelector(DAY_COLUMN));
  // Day columns outside any grid container still make a grid (a renamed container attribute must not
  // blind us). A grid without columns is another view (month, year); nothing at all is not Calendar's grid.
  const periods: ParentNode[] = withColumns.length ? withColumns : root.querySelector(DAY_COLUMN) ? [root] : [];
  return { scope: pickPeriod(withColumns, urlDate(root)) ?? periods[0], grids: grids.length };
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/**
 * Visible day columns, first one per day. The period's own range (when its keys decode) also drops columns
 * of another week that share the container during an animation; if it would drop them all, the range is
 * stale and ignored.
 */
function readDays(scope: ParentNode): Days {
  const dated: Array<[Element, string]> = [];
  for (const column of scope.querySelectorAll(DAY_COLUMN)) {
    const day = decodeDatekey(column.getAttribute('data-datekey') ?? '');
    if (day && isVisible(column)) dated.push([column, isoDate(day)]);
  }
  const range = isElement(scope) ? periodRange(scope) : null;
  const inRange = range ? dated.filter(([, date]) => range.first <= date && date <= range.last) : dated;
  const days: Days = { byColumn: new Map(), byIndex: new Map(), sorted: [] };
  const seen = new Set<string>();
  for (const [column, date] of inRange.length ? inRange : dated) {
    if (seen.has(date)) continue; // a second copy of a day (re-render, animation): the first one wins
    seen.add(date);
    days.byColumn.set(column, date);
    const index = Number.parseInt(column.getAttribute('data-column-index') ?? '', 10);
    if (Number.isInteger(index) && !days.byIndex.has(index)) days.byIndex.set(index, date);
  }
  days.sorted = [...seen].sort();
  return days;
}

function readChips(scope: ParentNode, days: Days, pxPerHour: number): { events: GridEvent[]; skipped: number } {
  const events: GridEvent[] = [];
  const seen = new Set<string>();
  const allDayDates = new Map<Element, string | null>();
  let skipped = 0;
  for (const chip of scope.querySelectorAll<HTMLElement>(EVENT_CHIP)) {
    try {
      const key = chip.getAttribute('data-eventid') ?? '';
      if (!key || seen.has(key)) continue; // one event per id, whatever repeats it
      const column = chip.closest(DAY_COLUMN);
      // Built field by field (no spreads): this loop runs over every chip after each re-render.
      let event: GridEvent | null = null;
      if (column) {
        const date = days.byColumn.get(column);
        if (date === undefined) continue; // in a hidden or duplicate column: another copy is the one we read
        const span = timedSpan(chip, pxPerHour);
        if (span) event = gridEvent(key, date, false, span.start, span.end, chip);
      } else {
        const cell = chip.closest(GRIDCELL);
        if (cell && !isVisible(cell)) continue; // the all-day row of a period we are not reading
        const date = cell ? cachedAllDayDate(cell, scope, days, allDayDates) : null;
        if (date !== null) event = gridEvent(key, date, true, 0, 1440, chip);
      }
      seen.add(key);
      if (event === null) skipped++;
      else events.push(event);
    } catch {
      skipped++;
    }
  }
  return { events, skipped };
}

function gridEvent(key: string, date: string, allDay: boolean, start: number, end: number, chip: HTMLElement) {
  const event: GridEvent = { key, eventId: decodeEventId(key), date, allDay, start, end, label: chipLabel(chip), chip };
  return event;
}

/**
 * Start and end from the chip's inline top/height (px). Null when they are missing or not px: such a chip
 * cannot be placed and is counted as skipped rather than guessed. A chip continuing from the previous day
 * may start above the column (negative top): clamped to midnight.
 */
function timedSpan(chip: HTMLElement, pxPerHour: number): { start: number; end: number } | null {
  const style = chip.style;
  const top = parsePx(style?.top);
  const height = parsePx(style?.height);
  if (top === null || height === null || height < -CHIP_GAP_PX) return null;
  const start = pxToMinutes(Math.max(0, top), pxPerHour);
  const end = pxToMinutes(top + height + CHIP_GAP_PX, pxPerHour);
  if (start >= 1440) return null;
  return { start, end: Math.max(start, end) };
}

function cachedAllDayDate(cell: Element, scope: ParentNode, days: Days, cache: Map<Element, string | null>) {
  if (!cache.has(cell)) cache.set(cell, allDayDate(cell, scope, days));
  return cache.get(cell) ?? null;
}

/**
 * The day of an all-day cell. Its label ("1 all-day event, Monday, September 15") is localized text, so the
 * cell is dated by position instead: the n-th cell of the all-day row sits above the day column with
 * data-column-index n [C hooks]; failing that, under the n-th column-header date button [S]. A multi-day
 * chip sits in the cell of its first visible day, which is therefore its date.
 */
function allDayDate(cell: Element, scope: ParentNode, days: Days): string | null {
  const row = cell.closest(ROW);
  if (!row) return null;
  const cells = [...row.querySelectorAll(ALL_DAY_CELL)].filter((other) => other.closest(ROW) === row);
  const index = cells.indexOf(cell);
  if (index < 0) return null;
  const fromColumn = days.byIndex.get(index);
  if (fromColumn !== undefined) return fromColumn;
  const header = scope.querySelectorAll(COLUMN_HEADER_DATE)[index];
  const day = header ? decodeDatekey(header.getAttribute('data-datekey') ?? '') : null;
  return day ? isoDate(day) : null;
}
