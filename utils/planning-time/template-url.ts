import type { Repeat } from '../schema/calendar';
import { addDays, weekdayOf } from './dates';

// Google Calendar's pre-filled event editor (tests/fixtures/README.md B.6): opening this URL shows the user
// Calendar's own editor with the planning block filled in, to review and save in their own calendar.
// No sign-in, no token: nothing leaves the device unless the user presses Save (.github/CONTRIBUTING.md rule 4).
// Pure: no browser APIs, safe in a content script.

export interface TemplateEvent {
  title: string;
  /** First occurrence, YYYY-MM-DD. */
  date: string;
  /** Wall-clock minutes since local midnight (0–1439). */
  start: number;
  /** Wall-clock minutes since local midnight (1–1440; 1440 = midnight ending the day). */
  end: number;
  /** IANA zone the wall-clock times belong to, sent as `ctz`. */
  timeZone: string;
  repeat: Repeat;
  /** The partner's e-mail, when known: Calendar then offers to invite them. */
  guestEmail?: string;
  /** Plain-text description (agendaText). Omitted when empty. */
  details: string;
  location?: string;
  /**
   * Google account index (N of `/u/N/`) of the Calendar tab. `/render` always opens account 0, so with
   * an account the URL is the documented `/calendar/u/N/r/eventedit?…` form instead, which takes the same
   * parameters without `action` (tests/fixtures/README.md B.6 and the `/r/eventedit` route, add-event-docs PR #52 [C]).
   */
  account?: string;
}

const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/**
 * The RFC 5545 recurrence rule for a block starting on `date`, without the `RRULE:` prefix, or null for a
 * one-off block: `FREQ=WEEKLY;BYDAY=TU`, or `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU` every two weeks. Shared by
 * the template URL (which prefixes `RRULE:`) and the .ics file (whose library adds the prefix itself).
 */
export function recurrenceRule(repeat: Repeat, date: string): string | null {
  if (repeat === 'once') return null;
  const day = DAY_CODES[weekdayOf(date)];
  return repeat === 'biweekly' ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}` : `FREQ=WEEKLY;BYDAY=${day}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * `YYYYMMDDTHHMMSS` for a wall-clock minute of a day, with no `Z`: a floating local time, which Calendar
 * reads in the `ctz` zone (tests/fixtures/README.md B.6). Minute 1440 is 00:00 of the next day.
 */
export function floatingDateTime(date: string, minute: number): string {
  const day = addDays(date, Math.floor(minute / 1440));
  const inDay = minute % 1440;
  return `${day.replaceAll('-', '')}T${pad(Math.floor(inDay / 60))}${pad(inDay % 60)}00`;
}

/**
 * Percent-encoding as in the documented examples (tests/fixtures/README.md, B.6 and the expected template URL): spaces
 * as `%20` (not `+`), `:` `@` `;` `=` `,` encoded, `/` left as is (`dates=…/…`, `ctz=America/New_York`; `/` is
 * allowed in a query, RFC 3986 §3.4).
 */
function encode(value: string): string {
  return encodeURIComponent(value).replaceAll('%2F', '/');
}

/** The Calendar URL that opens the pre-filled event editor for a planning block. */
export function templateUrl(event: TemplateEvent): string {
  // The first account (`/u/0/`) is the one `/render` opens: keep the documented template URL for it.
  const otherAccount = event.account !== undefined && event.account !== '0';
  const params: Array<[string, string]> = [];
  if (!otherAccount) params.push(['action', 'TEMPLATE']);
  params.push(['text', event.title]);
  params.push(['dates', `${floatingDateTime(event.date, event.start)}/${floatingDateTime(event.date, event.end)}`]);
  params.push(['ctz', event.timeZone]);
  if (event.details) params.push(['details', event.details]);
  if (event.location) params.push(['location', event.location]);
  if (event.guestEmail) params.push(['add', event.guestEmail]);
  const rule = recurrenceRule(event.repeat, event.date);
  if (rule !== null) params.push(['recur', `RRULE:${rule}`]);
  const base = otherAccount
    ? `https://calendar.google.com/calendar/u/${encode(event.account as string)}/r/eventedit`
    : 'https://calendar.google.com/calendar/render';
  return `${base}?${params.map(([key, value]) => `${key}=${encode(value)}`).join('&')}`;
}
