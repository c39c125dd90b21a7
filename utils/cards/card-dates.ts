import { addDays, weekdayOf } from '../planning-time/dates';

// Dates and times on a card, written by Intl.DateTimeFormat in the card's locale (never hand-made lists of
// weekday or month names). A date is a calendar date, formatted as UTC so the machine's zone cannot move it;
// a time is the class's wall-clock minutes, so a daylight-saving change never moves a stop either.

function utcDate(date: string, minute = 0): Date {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(0, minute, 0, 0);
  return utc;
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Tuesday, September 16" / "Martes, 16 de septiembre" (a heading starts with a capital in every language). */
export function dayHeading(date: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(date));
  return capitalise(text, locale);
}

/** "September 15" / "15 de septiembre". */
export function monthDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(utcDate(date));
}

/** "Tuesday" / "martes" (lower case in Spanish, as inside a sentence). */
export function weekdayName(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(utcDate(date));
}

/**
 * "9:00", "1:20": the hour and minutes as the locale writes them, without the day period. A school schedule is
 * written so ("9:00–9:50", issue 13), and a class is never at 9 at night; in a 24-hour locale the hour is
 * simply 13. 1440 (the end of the day) reads as midnight.
 */
export function clockTime(minute: number, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatToParts(
    utcDate('1970-01-01', minute % 1440),
  );
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minutes = parts.find((part) => part.type === 'minute')?.value ?? '';
  const separator = parts.find((part, i) => part.type === 'literal' && parts[i - 1]?.type === 'hour')?.value ?? ':';
  return `${hour}${separator}${minutes}`;
}

/** "9:00–9:50" (an en dash, no spaces, as the issue writes a stop's time). */
export function clockRange(start: number, end: number, locale: string): string {
  return `${clockTime(start, locale)}–${clockTime(end, locale)}`;
}

/** The Monday of the Monday-to-Sunday week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

export { addDays, weekdayOf };
