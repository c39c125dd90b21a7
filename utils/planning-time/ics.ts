import { createEvent, type DateArray, type EventAttributes } from 'ics';
import { icsParam, icsText } from '../ics-text';
import type { Repeat } from '../schema/calendar';
import { addDays } from './dates';
import { recurrenceRule } from './template-url';

// The .ics fallback for calendars other than Google's (.github/CONTRIBUTING.md "Calendar events without Google
// sign-in"): one VEVENT, RFC 5545 text built by the `ics` package, which does the escaping (`,` `;` `\` newlines) and
// the line folding. `ics` (with its validator, yup) is sizeable: import this module only from the Calendar panel,
// lazily, never from the Classroom content script.
//
// Time zone choice. A weekly 13:00 block must stay at 13:00 local after a daylight-saving change. A UTC
// DTSTART with an RRULE would not: the rule repeats the UTC instant, so after 2025-11-02 a New York block
// would move to 12:00. The correct RFC 5545 form is DTSTART;TZID=America/New_York with a VTIMEZONE, but
// `ics` 3.x cannot write TZID or VTIMEZONE (its dates are UTC or "floating", README: startOutputType).
// So the event uses floating local times (RFC 5545 §3.3.5 form #1: no `Z`, no TZID), which every
// occurrence of the RRULE keeps as wall-clock 13:00 in the zone of the calendar it is imported into.
// For the teacher and partner, who work in the same building, that is the school's zone. The cost: a
// reader in another zone sees 13:00 in their own zone. `timeZone` is therefore not written to the file.

export interface IcsEventInput {
  /** Stable iCalendar UID (PlanningBlock.uid): re-importing the file updates the same event. */
  uid: string;
  title: string;
  /** First occurrence, YYYY-MM-DD. */
  date: string;
  /** Wall-clock minutes since midnight; `end` may be 1440 (midnight ending the day). */
  start: number;
  end: number;
  /** IANA zone of the wall-clock times. Not written: see the note on floating times above. */
  timeZone: string;
  repeat: Repeat;
  /** Plain-text description (agendaText); `ics` escapes it. Omitted when empty. */
  details: string;
  /**
   * ORGANIZER is written only with an e-mail: its value must be an address (RFC 5545 §3.8.4.3), and
   * `ics` would otherwise write `ORGANIZER;CN=…` with no value, which parsers reject.
   */
  organizerName?: string;
  organizerEmail?: string;
  /** The partner, invited as a required attendee. */
  guest?: { name: string; email: string };
  /** DTSTAMP, epoch milliseconds; default now. */
  stamp?: number;
}

/** Product identifier written as PRODID (RFC 5545 §3.7.3 format). */
export const ICS_PRODUCT_ID = '-//Tandem//Co-planning//EN';

function wallClock(date: string, minute: number): DateArray {
  const day = addDays(date, Math.floor(minute / 1440));
  const [year = 0, month = 0, dayOfMonth = 0] = day.split('-').map(Number);
  const inDay = minute % 1440;
  return [year, month, dayOfMonth, Math.floor(inDay / 60), inDay % 60];
}

/**
 * The .ics text (a VCALENDAR with one VEVENT) for a planning block. Throws when `ics` rejects the input
 * (for example an invalid guest e-mail); callers offering a download should catch and say so.
 */
export function icsEvent(input: IcsEventInput): string {
  const rule = recurrenceRule(input.repeat, input.date);
  // 'local' in and out = floating output. `ics` passes the numbers through a Date in the runtime's own
  // zone and reads them back, which returns them unchanged except inside a DST gap of that zone (e.g.
  // 02:30 on a spring-forward night); school-day times never fall there.
  const attributes: EventAttributes & { timestamp?: number } = {
    productId: ICS_PRODUCT_ID,
    // No METHOD: this is a file to import, not an iTIP scheduling message (RFC 5546 would then restrict
    // ATTENDEE and require ORGANIZER). `ics` defaults to METHOD:PUBLISH; undefined removes the line.
    method: undefined,
    uid: input.uid,
    title: icsText(input.title),
    start: wallClock(input.date, input.start),
    startInputType: 'local',
    startOutputType: 'local',
    end: wallClock(input.date, input.end),
    endInputType: 'local',
    endOutputType: 'local',
    ...(input.details ? { description: icsText(input.details) } : {}),
    ...(rule === null ? {} : { recurrenceRule: rule }),
    ...(input.organizerEmail
      ? { organizer: { name: icsParam(input.organizerName || input.organizerEmail), email: input.organizerEmail } }
      : {}),
    ...(input.guest
      ? {
          attendees: [
            {
              name: icsParam(input.guest.name),
              email: input.guest.email,
              rsvp: true,
              partstat: 'NEEDS-ACTION',
              role: 'REQ-PARTICIPANT',
            },
          ],
        }
      : {}),
    timestamp: input.stamp ?? Date.now(),
  };
  const { error, value } = createEvent(attributes);
  if (error || value === null) throw error ?? new Error('ics: no output');
  return value;
}
