import { describe, expect, it } from 'vitest';
import { type ClipBox, type ColumnBox, offView, placeTime } from '../../../../utils/pages/calendar/slot-geometry';

// Boxes as the week fixture lays them out at 1280 × 800: columns 135 px wide from x = 320, 48 px per hour
// (1152 px for the day), the scrolling viewport from y = 178 to 800.

const WIDTH = 135;
const DAY = 1152;

/** Columns of consecutive `dates` from x = 320, midnight at `top`. */
function columns(dates: string[], top = 178, height = DAY): ColumnBox[] {
  return dates.map((date, index) => ({ date, left: 320 + index * WIDTH, top, width: WIDTH, height }));
}

const WEEK = columns([
  '2025-09-14',
  '2025-09-15',
  '2025-09-16',
  '2025-09-17',
  '2025-09-18',
  '2025-09-19',
  '2025-09-20',
]);
const VIEWPORT: ClipBox = { top: 178, bottom: 800, left: 320, right: 1265 };
/** The same week scrolled down by 8 hours (384 px): midnight is above the viewport. */
const SCROLLED = columns(
  WEEK.map((column) => column.date),
  178 - 384,
);

describe('placeTime', () => {
  it.each([
    {
      name: 'a day column: Tuesday 13:00–13:45 at 48 px/hour, with the 2 px gap below as Calendar chips',
      time: { date: '2025-09-16', start: 780, end: 825 },
      cols: WEEK,
      box: { left: 590, top: 178 + 624, width: WIDTH, height: 34, cutTop: false, cutBottom: false },
      clip: { ...VIEWPORT, bottom: 1400 },
    },
    {
      name: 'scrolled: the same time moves up with its column',
      time: { date: '2025-09-16', start: 780, end: 825 },
      cols: SCROLLED,
      box: { left: 590, top: 178 - 384 + 624, width: WIDTH, height: 34, cutTop: false, cutBottom: false },
      clip: VIEWPORT,
    },
    {
      name: 'partly above the visible hours: cut at the viewport, marked as going on above',
      time: { date: '2025-09-15', start: 7 * 60 + 30, end: 8 * 60 + 30 },
      cols: SCROLLED,
      box: { left: 455, top: 178, width: WIDTH, height: 22, cutTop: true, cutBottom: false },
      clip: VIEWPORT,
    },
    {
      name: 'partly below the visible hours: cut at the viewport, marked as going on below',
      time: { date: '2025-09-15', start: 20 * 60 + 30, end: 21 * 60 + 30 },
      cols: SCROLLED,
      box: { left: 455, top: 178 - 384 + 984, width: WIDTH, height: 22, cutTop: false, cutBottom: true },
      clip: VIEWPORT,
    },
    {
      name: 'a day when clocks go back (25 real hours, 24 drawn): placed by wall-clock minutes like any day',
      time: { date: '2025-11-02', start: 13 * 60, end: 13 * 60 + 30 },
      cols: columns(['2025-11-02', '2025-11-03']),
      box: { left: 320, top: 178 + 624, width: WIDTH, height: 22, cutTop: false, cutBottom: false },
      clip: { ...VIEWPORT, bottom: 1400 },
    },
    {
      name: 'a custom-days view (4 days, Thursday first), zoomed to 96 px/hour: the column of that day, its scale',
      time: { date: '2025-09-19', start: 9 * 60, end: 10 * 60 },
      cols: columns(['2025-09-18', '2025-09-19', '2025-09-20', '2025-09-21'], -500, 2 * DAY),
      box: { left: 455, top: -500 + 864, width: WIDTH, height: 94, cutTop: false, cutBottom: false },
      clip: VIEWPORT,
    },
  ])('$name', ({ time, cols, box, clip }) => {
    expect(placeTime(time, cols, clip)).toEqual(box);
  });

  it.each([
    { name: 'a column missing: the day is not shown (another week, a day left out)', date: '2025-09-22', cols: WEEK },
    { name: 'a column not laid out (no height)', date: '2025-09-16', cols: columns(['2025-09-16'], 178, 0) },
    { name: 'scrolled away entirely', date: '2025-09-16', cols: columns(['2025-09-16'], 178 - 900) },
    {
      name: 'a column outside the viewport sideways',
      date: '2025-09-20',
      cols: WEEK,
      clip: { ...VIEWPORT, right: 1000 },
    },
  ])('null for $name', ({ date, cols, clip }) => {
    expect(placeTime({ date, start: 780, end: 825 }, cols, clip ?? VIEWPORT)).toBeNull();
  });

  it('never draws less than a few px, nor a time that ends before it starts', () => {
    expect(placeTime({ date: '2025-09-16', start: 780, end: 781 }, WEEK, { ...VIEWPORT, bottom: 1400 })?.height).toBe(
      4,
    );
    expect(placeTime({ date: '2025-09-16', start: 780, end: 780 }, WEEK, VIEWPORT)).toBeNull();
  });
});

describe('offView: which way a time scrolled out of the visible hours lies', () => {
  it.each([
    {
      name: 'above: Monday 6:00 once the grid shows 8:00 on',
      time: { date: '2025-09-15', start: 360, end: 405 },
      cols: SCROLLED,
      mark: { side: 'above', edge: 178, left: 455, width: WIDTH },
    },
    {
      name: 'below: Tuesday 15:00 while the grid shows midnight to 15:00',
      time: { date: '2025-09-16', start: 900, end: 945 },
      cols: WEEK,
      mark: { side: 'below', edge: 800, left: 590, width: WIDTH },
    },
    { name: 'none for a time in view', time: { date: '2025-09-16', start: 540, end: 585 }, cols: WEEK, mark: null },
    { name: 'none for a day not shown', time: { date: '2025-09-22', start: 900, end: 945 }, cols: WEEK, mark: null },
  ])('$name', ({ time, cols, mark }) => {
    expect(offView(time, cols, VIEWPORT)).toEqual(mark);
  });
});
