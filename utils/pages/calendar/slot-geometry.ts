import { CHIP_GAP_PX } from './time-scale';

// Where a time of a day is drawn on Calendar's time grid, from the grid's measured geometry: pure, so the
// rules are unit-tested in tables (tests/unit/pages/calendar/slot-geometry.test.ts). Measuring the page is
// grid-geometry.ts's job. All boxes are in viewport px (what getBoundingClientRect gives).
//
// Calendar draws a day column 24 wall-clock hours tall, each hour the same height, and a chip at
// top = start × pxPerHour / 60 with a 2 px gap below it (time-scale.ts). A day when clocks change is drawn
// the same way (23 or 25 real hours in 24 drawn ones), so a time is placed by its wall-clock minutes and
// nothing else: no time zone arithmetic here.

/** One day column as it is on screen now: its whole 24 hours, most of which may be scrolled away. */
export interface ColumnBox {
  /** YYYY-MM-DD */
  date: string;
  left: number;
  /** Top of midnight (usually above the viewport once the grid is scrolled). */
  top: number;
  width: number;
  /** The full 24 hours. */
  height: number;
}

/** The part of the page where the grid's hours are visible: its scrolling viewport, within the window. */
export interface ClipBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface TimeOnDay {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since midnight. */
  start: number;
  end: number;
}

/** A time's visible box; `cutTop` / `cutBottom` when the time goes on above or below what is visible. */
export interface PlacedBox {
  left: number;
  top: number;
  width: number;
  height: number;
  cutTop: boolean;
  cutBottom: boolean;
}

/** Smallest visible piece worth drawing, in px: a sliver at the viewport's edge only confuses. */
const MIN_VISIBLE_PX = 4;

/**
 * The box of `time` in its day's column, cut to the visible part of the grid. Null when the day has no
 * column (another week, a day hidden in a custom-days view), the column has no height (not laid out), or
 * nothing of the time is visible (scrolled away).
 */
export function placeTime(time: TimeOnDay, columns: readonly ColumnBox[], clip: ClipBox): PlacedBox | null {
  const whole = wholeBox(time, columns, clip);
  if (!whole) return null;
  const { left, right, top, bottom } = whole;
  const visibleTop = Math.max(top, clip.top);
  const visibleBottom = Math.min(bottom, clip.bottom);
  if (right - left < MIN_VISIBLE_PX || visibleBottom - visibleTop < MIN_VISIBLE_PX) return null;
  return {
    left,
    top: visibleTop,
    width: right - left,
    height: visibleBottom - visibleTop,
    cutTop: visibleTop > top,
    cutBottom: visibleBottom < bottom,
  };
}

/** Where a time placeTime cannot show lies: its column's part of the visible grid's top or bottom edge. */
export interface OffViewMark {
  side: 'above' | 'below';
  left: number;
  width: number;
  /** The visible grid's top (above) or bottom (below) edge. */
  edge: number;
}

/**
 * For a time scrolled out of the visible hours, which way it lies and where to point at it; null when it
 * is (partly) visible or has no column in view.
 */
export function offView(time: TimeOnDay, columns: readonly ColumnBox[], clip: ClipBox): OffViewMark | null {
  const whole = wholeBox(time, columns, clip);
  if (!whole) return null;
  const { left, right, top, bottom } = whole;
  const mark = { left, width: right - left };
  if (bottom - clip.top < MIN_VISIBLE_PX) return { side: 'above', edge: clip.top, ...mark };
  if (clip.bottom - top < MIN_VISIBLE_PX) return { side: 'below', edge: clip.bottom, ...mark };
  return null;
}

/** The time's whole box in its column (unclipped vertically, cut sideways to the clip); null without one. */
function wholeBox(time: TimeOnDay, columns: readonly ColumnBox[], clip: ClipBox) {
  const column = columns.find((candidate) => candidate.date === time.date);
  if (!column || column.height <= 0 || column.width <= 0) return null;
  const pxPerMinute = column.height / 1440;
  const start = clampMinute(time.start);
  const end = clampMinute(time.end);
  if (end <= start) return null;
  const top = column.top + start * pxPerMinute;
  // The same gap below as Calendar's own chips, but never less than a few px for a very short time.
  const bottom = Math.max(top + MIN_VISIBLE_PX, column.top + end * pxPerMinute - CHIP_GAP_PX);
  const left = Math.max(column.left, clip.left);
  const right = Math.min(column.left + column.width, clip.right);
  if (right - left < MIN_VISIBLE_PX) return null;
  return { left, right, top, bottom };
}

function clampMinute(minute: number): number {
  return Math.min(1440, Math.max(0, minute));
}
