// Google Calendar packs a day into `data-datekey` as ((year - 1970) << 9) | (month << 5) | day
// (tests/fixtures/README.md B.3, [C]); 28463 = 2025-09-15. Used on day columns, column headers and month cells.

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Decodes a datekey, or null when it is not one (wrong type, out-of-range month or day). */
export function decodeDatekey(key: number | string): CalendarDay | null {
  const value = typeof key === 'number' ? key : Number.parseInt(key, 10);
  if (!Number.isInteger(value) || value < 0 || String(value) !== String(key).trim()) return null;
  const day = { year: (value >> 9) + 1970, month: (value >> 5) & 15, day: value & 31 };
  if (day.month < 1 || day.month > 12 || day.day < 1) return null;
  // Reject impossible dates such as 31 February: the round trip through Date must agree.
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCMonth() === day.month - 1 ? day : null;
}

export function encodeDatekey(day: CalendarDay): number {
  return ((day.year - 1970) << 9) | (day.month << 5) | day.day;
}

/** YYYY-MM-DD for a decoded day. */
export function isoDate(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}
