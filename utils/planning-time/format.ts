// How dates and times of day read in the Calendar panel, in the user's own language and clock (12- or
// 24-hour, as Intl decides for the locale). Dates are formatted as UTC calendar dates, so the machine's
// time zone can never move a day.

function utcDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** "Tue, Sep 16" */
export function formatDay(date: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

/** "September 2025" for a YYYY-MM month. */
export function formatMonth(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(`${month}-01`),
  );
}

/** "1:00 PM" / "13:00" for minutes since midnight (1440 reads as midnight). */
export function formatTime(minute: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(1970, 0, 1, 0, minute % 1440)),
  );
}

/** "1:00 – 1:45 PM" style range (Intl's own range format, so each language joins them its way). */
export function formatTimeRange(start: number, end: number, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return format.formatRange(new Date(Date.UTC(1970, 0, 1, 0, start)), new Date(Date.UTC(1970, 0, 1, 0, end)));
}

/** "HH:MM" for <input type=time>. */
export function toTimeInput(minute: number): string {
  const clamped = Math.min(Math.max(minute, 0), 1439);
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** Minutes since midnight from an <input type=time> value, or null when it is empty or malformed. */
export function fromTimeInput(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
