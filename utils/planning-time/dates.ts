// Calendar-date arithmetic on 'YYYY-MM-DD' strings. Every computation goes through Date.UTC and the
// getUTC* accessors, so neither the machine's time zone nor a daylight-saving change can move a day:
// a calendar date is not an instant, and treating it as UTC midnight keeps every day exactly 24 hours.
// Inputs are trusted (already validated as YYYY-MM-DD); nothing here throws.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds of UTC midnight at the start of `date`. */
function toUtcMs(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime();
}

function fromUtcMs(ms: number): string {
  const utc = new Date(ms);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The calendar date a moment falls on in this computer's own time zone, YYYY-MM-DD: the day the teacher
 * sees on their calendar. The one place a Date becomes a local day; everything after that is arithmetic above.
 */
export function localDate(moment: Date): string {
  const month = String(moment.getMonth() + 1).padStart(2, '0');
  const day = String(moment.getDate()).padStart(2, '0');
  return `${moment.getFullYear()}-${month}-${day}`;
}

/** The date `n` days after `date` (n may be negative): addDays('2025-12-31', 1) = '2026-01-01'. */
export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (as Date#getDay numbers it). */
export function weekdayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Whole days from `a` to `b`: positive when b is later. daysBetween('2025-09-14', '2025-09-20') = 6. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** 'YYYY-MM' of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** First day of a 'YYYY-MM' month. */
export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

/** Last day of a 'YYYY-MM' month: lastDayOfMonth('2024-02') = '2024-02-29'. */
export function lastDayOfMonth(month: string): string {
  return addDays(addMonthsToFirst(month, 1), -1);
}

/** The first day of the month `n` months after `month`. */
function addMonthsToFirst(month: string, n: number): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1 + n;
  const utc = new Date(0);
  utc.setUTCFullYear(year, index, 1);
  return fromUtcMs(utc.getTime());
}

/** Every date from `from` through `to`, inclusive; [] when `to` is before `from`. */
export function datesBetween(from: string, to: string): string[] {
  const count = daysBetween(from, to);
  const dates: string[] = [];
  for (let i = 0; i <= count; i++) dates.push(addDays(from, i));
  return dates;
}
