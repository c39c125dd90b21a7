import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { icsText } from '../ics-text';
import { addDays } from '../planning-time/dates';
import type { Card, CardStop } from './card';

// The card's stops as an .ics file, for the adult's own calendar: one VEVENT per stop that has a time (a stop
// whose class has no meeting that day cannot be placed; the card page says how many were left out,
// cardIcsSkipped). Built like the planning block's file (utils/planning-time/ics.ts): the `ics` package does the
// escaping and line folding, and times are floating local wall-clock times (RFC 5545 §3.3.5 form #1), because
// `ics` cannot write TZID/VTIMEZONE and a stop at 9:00 must stay at 9:00 across a daylight-saving change; the
// school and the adult share the building's zone. Import this module lazily: `ics` is sizeable.
//
// UIDs are the stop id and a fixed domain, so a week sent again replaces its stops instead of adding copies.

/** The fixed domain of every card stop's UID (RFC 5545 §3.8.4.7 suggests a domain on the right of '@'). */
export const CARD_UID_DOMAIN = 'cards.tandem.invalid';

export const CARD_ICS_PRODUCT_ID = '-//Tandem//Push-in cards//EN';

function wallClock(date: string, minute: number): DateArray {
  const day = addDays(date, Math.floor(minute / 1440));
  const [year = 0, month = 0, dayOfMonth = 0] = day.split('-').map(Number);
  const inDay = minute % 1440;
  return [year, month, dayOfMonth, Math.floor(inDay / 60), inDay % 60];
}

export function cardStopUid(stop: CardStop): string {
  return `${stop.id}@${CARD_UID_DOMAIN}`;
}

function timedStops(card: Card): (CardStop & { start: number; end: number })[] {
  return card.days.flatMap((day) =>
    day.stops.filter(
      (stop): stop is CardStop & { start: number; end: number } => stop.start !== null && stop.end !== null,
    ),
  );
}

/** How many stops have no time and so are not in the .ics. */
export function cardIcsSkipped(card: Card): number {
  return card.days.reduce((sum, day) => sum + day.stops.length, 0) - timedStops(card).length;
}

/**
 * The .ics text. `timeZone` (the school's IANA zone) is accepted for callers that know it but not written: see
 * the note on floating times above. `stamp` (DTSTAMP, epoch ms; default now) lets tests compare two exports.
 * Throws when `ics` rejects the input; a caller offering a download catches and says so.
 */
export function cardIcs(card: Card, _timeZone?: string, stamp: number = Date.now()): string {
  const events = timedStops(card).map((stop): EventAttributes & { timestamp?: number } => ({
    productId: CARD_ICS_PRODUCT_ID,
    // A file to import, not an iTIP message (same reasoning as utils/planning-time/ics.ts).
    method: undefined,
    uid: cardStopUid(stop),
    title: icsText(`${stop.className} — ${stop.role}`),
    start: wallClock(stop.date, stop.start),
    startInputType: 'local',
    startOutputType: 'local',
    end: wallClock(stop.date, stop.end),
    endInputType: 'local',
    endOutputType: 'local',
    ...(stop.room ? { location: icsText(stop.room) } : {}),
    description: icsText(stop.lines.map((line) => `${line.label}: ${line.text}`).join('\n')),
    timestamp: stamp,
  }));
  const { error, value } = createEvents(events, {
    productId: CARD_ICS_PRODUCT_ID,
    method: undefined,
    calName: icsText(card.title),
  });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return value;
}
