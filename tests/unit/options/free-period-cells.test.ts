import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_MINUTES,
  cellKey,
  gridRows,
  mergeCells,
  splitPeriods,
} from '../../../components/options/free-period-cells';
import type { WeeklyWindow } from '../../../utils/schema/calendar';

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const WEEK = { weekdays: [1, 2, 3, 4, 5], rows: gridRows({ start: h(7, 30), end: h(16) }) };

describe('gridRows', () => {
  it('has one row per half hour of the school day', () => {
    const rows = gridRows({ start: h(7, 30), end: h(16) });
    expect(rows).toHaveLength(17);
    expect(rows[0]).toBe(h(7, 30));
    expect(rows.at(-1)).toBe(h(15, 30));
  });

  it('widens a school day that does not start or end on a half hour', () => {
    expect(gridRows({ start: h(7, 45), end: h(9, 10) })).toEqual([h(7, 30), h(8), h(8, 30), h(9)]);
  });
});

describe('splitPeriods', () => {
  it('turns aligned periods into the half-hour cells they cover', () => {
    const { cells, others } = splitPeriods([{ weekday: 2, start: h(13), end: h(14) }], WEEK);
    expect([...cells].sort()).toEqual([cellKey(2, h(13)), cellKey(2, h(13, 30))]);
    expect(others).toEqual([]);
  });

  it('keeps periods the grid cannot show, unchanged and in order', () => {
    const offHalfHour = { weekday: 2, start: h(13, 5), end: h(13, 50) };
    const saturday = { weekday: 6, start: h(9), end: h(10) };
    const evening = { weekday: 1, start: h(17), end: h(18) };
    const backwards = { weekday: 3, start: h(11), end: h(10) };
    const aligned = { weekday: 4, start: h(8), end: h(8, 30) };
    const { cells, others } = splitPeriods([offHalfHour, aligned, saturday, evening, backwards], WEEK);
    expect([...cells]).toEqual([cellKey(4, h(8))]);
    expect(others).toEqual([offHalfHour, saturday, evening, backwards]);
  });
});

describe('mergeCells', () => {
  it('merges touching cells of the same day, and only those', () => {
    const cells = [
      cellKey(2, h(13, 30)),
      cellKey(2, h(13)),
      cellKey(2, h(15)),
      cellKey(3, h(13, 30)),
      cellKey(1, h(8)),
    ];
    expect(mergeCells(cells)).toEqual([
      { weekday: 1, start: h(8), end: h(8, 30) },
      { weekday: 2, start: h(13), end: h(14) },
      { weekday: 2, start: h(15), end: h(15, 30) },
      { weekday: 3, start: h(13, 30), end: h(14) },
    ]);
  });

  it('appends the kept periods as they were', () => {
    const kept = { weekday: 2, start: h(13, 5), end: h(13, 50) };
    expect(mergeCells([cellKey(5, h(9))], [kept])).toEqual([{ weekday: 5, start: h(9), end: h(9, 30) }, kept]);
  });

  it('is empty for no cells', () => {
    expect(mergeCells([])).toEqual([]);
  });
});

describe('round trip', () => {
  const cellArbitrary = fc.record({
    weekday: fc.constantFrom(...WEEK.weekdays),
    row: fc.integer({ min: 0, max: WEEK.rows.length - 1 }),
  });

  it('cells → periods → cells gives the same cells, and the periods never touch on one day', () => {
    fc.assert(
      fc.property(fc.array(cellArbitrary, { maxLength: 60 }), (picked) => {
        const cells = new Set(picked.map(({ weekday, row }) => cellKey(weekday, WEEK.rows[row] as number)));
        const periods = mergeCells(cells);
        const again = splitPeriods(periods, WEEK);
        expect([...again.cells].sort()).toEqual([...cells].sort());
        expect(again.others).toEqual([]);
        const minutes = periods.reduce((sum, period) => sum + period.end - period.start, 0);
        expect(minutes).toBe(cells.size * CELL_MINUTES);
        for (let i = 1; i < periods.length; i++) {
          const [before, after] = [periods[i - 1] as WeeklyWindow, periods[i] as WeeklyWindow];
          if (before.weekday === after.weekday) expect(after.start).toBeGreaterThan(before.end);
        }
      }),
    );
  });
});
