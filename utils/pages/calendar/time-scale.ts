// Turning a timed chip's position into wall-clock minutes. Calendar places a chip at
// top = start × pxPerHour / 60 and height = duration × pxPerHour / 60 − 2 (a 2 px gap below each chip), in
// inline px (tests/fixtures/README.md B.2 [C], and its week fixture). Position, not text, so it works in every
// language and with 12- or 24-hour clocks.

/**
 * Used only when the column's height cannot be read. 48 px/hour is Calendar's default density and what the
 * fixtures model, but it is a [G] (tests/fixtures/README.md B.3: "do not hard-code 48px"), hence the column height
 * first.
 */
export const FALLBACK_PX_PER_HOUR = 48;

/** Scales outside this range mean we measured something else (a scroll viewport, a collapsed column). */
const PLAUSIBLE_PX_PER_HOUR = { min: 12, max: 480 };

/**
 * Pixels per hour for a day column: its full height covers 24 hours (as idx:44345412444 measures it). Read
 * from the inline style when present, else the computed style (a stylesheet in the fixtures, layout in a
 * browser); the fallback otherwise.
 */
export function pxPerHourOf(column: HTMLElement): number {
  const heights = [column.style.height, computedHeight(column)];
  for (const height of heights) {
    const px = parsePx(height);
    if (px === null) continue;
    const scale = px / 24;
    if (scale >= PLAUSIBLE_PX_PER_HOUR.min && scale <= PLAUSIBLE_PX_PER_HOUR.max) return scale;
  }
  return FALLBACK_PX_PER_HOUR;
}

function computedHeight(element: HTMLElement): string {
  try {
    return element.ownerDocument.defaultView?.getComputedStyle(element).height ?? '';
  } catch {
    return '';
  }
}

/** "384px" / "389.6px" → the number; null for anything else (em, %, calc, empty, garbage). */
export function parsePx(value: string | null | undefined): number | null {
  const match = /^\s*(-?\d+(?:\.\d+)?|-?\.\d+)px\s*$/.exec(value ?? '');
  if (!match) return null;
  const px = Number(match[1]);
  return Number.isFinite(px) ? px : null;
}

/**
 * Pixels from the top of the column → minutes since midnight, clamped to 0..1440.
 *
 * Rounding: to the nearest minute, except that a value within one pixel's worth of minutes (at most 2) of a
 * 5-minute mark snaps to that mark. Google may round chip positions to whole pixels and the measured scale
 * can be off by a border's pixel; both shift times by about a minute, which would turn 20:00 into 19:59.
 * Almost every event starts and ends on a 5-minute mark, so snapping repairs that; an event at an odd minute
 * far from a mark (8:07) still reads exactly. Cost: a genuine 8:04 may read 8:05, harmless for free time.
 */
export function pxToMinutes(px: number, pxPerHour: number): number {
  const exact = (px * 60) / pxPerHour;
  const mark = Math.round(exact / 5) * 5;
  const tolerance = Math.min(2, Math.max(1, 60 / pxPerHour));
  const minutes = Math.abs(exact - mark) <= tolerance + 1e-9 ? mark : Math.round(exact);
  return Math.min(1440, Math.max(0, minutes));
}

/** Gap Calendar leaves under every timed chip (height = duration × scale − 2). */
export const CHIP_GAP_PX = 2;
