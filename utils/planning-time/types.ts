import type { Repeat, SchoolDay, WeeklyWindow } from '../schema/calendar';

// Plain shapes for planning time. Times are wall-clock minutes since midnight; dates are YYYY-MM-DD.

/** Something that takes time on a day: an event read from the grid, or a free slot. */
export interface TimeRange {
  date: string;
  start: number;
  end: number;
}

export interface BusyEvent extends TimeRange {
  allDay: boolean;
}

export interface SlotRequest {
  /** The visible days, YYYY-MM-DD, in order. */
  days: string[];
  events: BusyEvent[];
  schoolDay: SchoolDay;
  /** The partner's weekly free periods; undefined or empty = unknown, so any time in the school day. */
  partnerWindows?: WeeklyWindow[];
  /** 30, 45 or 60. */
  minutes: number;
  /** Minutes kept free after the previous event when there is room (default 5). */
  buffer?: number;
  /** Slots starting before this wall-clock moment are not offered ({date, minute}); undefined = no limit. */
  notBefore?: { date: string; minute: number };
  /** At most this many slots (default 5). */
  limit?: number;
}

/** A proposed planning slot, best first in the finder's answer. */
export interface Slot extends TimeRange {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export interface BlockTiming {
  firstDate: string;
  start: number;
  end: number;
  repeat: Repeat;
  timeZone: string;
}
