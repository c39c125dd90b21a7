import type { SchoolDay, WeeklyWindow } from '../../utils/schema/calendar';

// The options page edits a person's weekly free periods on a grid: school days across, half hours down,
// one toggle per cell. Stored periods are WeeklyWindow[] (any minute), so this converts both ways:
// periods that fit the grid become cells, and every other period (13:05–13:50, a Saturday when the school
// week is Monday–Friday, an evening) is kept as it is and listed apart — never silently dropped.

export const CELL_MINUTES = 30;

/** A cell is named by its day and the minute it starts: `2@780` is Tuesday 13:00–13:30. */
export type CellKey = `${number}@${number}`;

export function cellKey(weekday: number, start: number): CellKey {
  return `${weekday}@${start}`;
}

/** Start minutes of the grid's rows: the school day widened to whole half hours (7:45–15:10 → 7:30…15:00). */
export function gridRows(day: Pick<SchoolDay, 'start' | 'end'>): number[] {
  const first = Math.floor(day.start / CELL_MINUTES) * CELL_MINUTES;
  const last = Math.ceil(day.end / CELL_MINUTES) * CELL_MINUTES;
  const rows: number[] = [];
  for (let start = first; start < last; start += CELL_MINUTES) rows.push(start);
  return rows;
}

export interface Grid {
  weekdays: readonly number[];
  rows: readonly number[];
}

export interface SplitPeriods {
  cells: Set<CellKey>;
  /** Periods the grid cannot show, in their stored order. */
  others: WeeklyWindow[];
}

function fitsGrid(period: WeeklyWindow, grid: Grid): boolean {
  if (!grid.weekdays.includes(period.weekday)) return false;
  if (period.start % CELL_MINUTES !== 0 || period.end % CELL_MINUTES !== 0 || period.end <= period.start) return false;
  for (let start = period.start; start < period.end; start += CELL_MINUTES) {
    if (!grid.rows.includes(start)) return false;
  }
  return true;
}

/** Stored periods → the cells they cover, plus the periods that do not fit the grid. */
export function splitPeriods(periods: readonly WeeklyWindow[], grid: Grid): SplitPeriods {
  const cells = new Set<CellKey>();
  const others: WeeklyWindow[] = [];
  for (const period of periods) {
    if (!fitsGrid(period, grid)) {
      others.push(period);
      continue;
    }
    for (let start = period.start; start < period.end; start += CELL_MINUTES) cells.add(cellKey(period.weekday, start));
  }
  return { cells, others };
}

function parseCell(key: CellKey): { weekday: number; start: number } {
  const [weekday, start] = key.split('@').map(Number) as [number, number];
  return { weekday, start };
}

/**
 * Cells (and the kept periods) → stored periods: cells that touch on the same day merge into one period,
 * so Tuesday 13:00–13:30 and 13:30–14:00 are saved as Tuesday 13:00–14:00. Sorted by day then time;
 * the kept periods follow unchanged.
 */
export function mergeCells(cells: Iterable<CellKey>, others: readonly WeeklyWindow[] = []): WeeklyWindow[] {
  const sorted = [...new Set(cells)].map(parseCell).sort((a, b) => a.weekday - b.weekday || a.start - b.start);
  const merged: WeeklyWindow[] = [];
  for (const cell of sorted) {
    const last = merged.at(-1);
    if (last && last.weekday === cell.weekday && last.end === cell.start) last.end = cell.start + CELL_MINUTES;
    else merged.push({ weekday: cell.weekday, start: cell.start, end: cell.start + CELL_MINUTES });
  }
  return [...merged, ...others.map((period) => ({ ...period }))];
}
