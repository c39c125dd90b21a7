// What the Calendar readers return. Plain types (no schema code) so the content script stays small;
// the readers check every value they produce, so callers can trust these shapes.

/** One event chip, as read from the grid. Times are wall-clock minutes since midnight as the grid shows them. */
export interface GridEvent {
  /** The chip's raw `data-eventid` (unique per chip, also per recurring instance). */
  key: string;
  /** The event id decoded from `data-eventid` (text before the space), or null when it does not decode. */
  eventId: string | null;
  /** YYYY-MM-DD of the day the chip sits in (for all-day chips: the first visible day they cover). */
  date: string;
  allDay: boolean;
  /** Minutes since midnight; 0 for all-day events. */
  start: number;
  /** Minutes since midnight, may be 1440; 1440 for all-day events. */
  end: number;
  /** The screen-reader text of the chip (aria-label, else the first non-aria-hidden child's text); display and title matching only. */
  label: string;
  /** The chip element, for decorating it with a badge. */
  chip: HTMLElement;
}

export type GridProblem = 'no-grid' | 'no-columns' | 'no-scale';

/** A day/week/custom-days time grid. */
export type GridReading =
  | {
      ok: true;
      /** Visible days in order, YYYY-MM-DD. */
      days: string[];
      /** Deduplicated by `key`; chips that could not be placed are left out and counted. */
      events: GridEvent[];
      skipped: number;
      /** The scale used to turn chip positions into times. */
      pxPerHour: number;
    }
  | { ok: false; problem: GridProblem };

/** Month view: dates come from the week row, not the cell (tests/fixtures/README.md B.4). */
export type MonthReading =
  | { ok: true; days: string[]; events: Array<Omit<GridEvent, 'start' | 'end'> & { start: null; end: null }> }
  | { ok: false; problem: 'no-grid' };
