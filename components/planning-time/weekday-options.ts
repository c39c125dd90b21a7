import type { Option } from '../ui/fields';

/** Weekday names in the user's language, Sunday = 0 as Date#getDay counts (1 Jan 2023 was a Sunday). */
export function weekdayName(weekday: number, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(undefined, { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );
}

/** Monday first, as school weeks are read. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export function weekdayOptions(): Option[] {
  return WEEK_ORDER.map((weekday) => ({ value: String(weekday), label: weekdayName(weekday) }));
}
