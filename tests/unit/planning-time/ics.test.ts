import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type IcsEventInput, icsEvent } from '../../../utils/planning-time/ics';

const block: IcsEventInput = {
  uid: 'block-3f2a@tandem',
  title: 'Co-planning: Dana & Marcus',
  date: '2025-09-15',
  start: 13 * 60,
  end: 13 * 60 + 45,
  timeZone: 'America/New_York',
  repeat: 'weekly',
  details: 'Reflect (9 min)',
  guest: { name: 'Marcus Lee', email: 'marcus.lee@lincoln-ms.example' },
  stamp: Date.UTC(2025, 8, 1, 12, 0, 0),
};

function parse(text: string): { calendar: ICAL.Component; vevent: ICAL.Component; event: ICAL.Event } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const wallClock = (time: ICAL.Time): string => time.toString(); // floating: "2025-09-15T13:00:00"

describe('.ics planning block', () => {
  it('has the summary, the caller’s UID, DTSTAMP and floating start and end', () => {
    const text = icsEvent(block);
    const { calendar, vevent, event } = parse(text);
    expect(event.summary).toBe('Co-planning: Dana & Marcus');
    expect(event.uid).toBe('block-3f2a@tandem');
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-09-01T12:00:00Z');
    expect(wallClock(event.startDate)).toBe('2025-09-15T13:00:00');
    expect(wallClock(event.endDate)).toBe('2025-09-15T13:45:00');
    // Floating: no Z, no TZID (the `ics` package cannot write TZID/VTIMEZONE; see utils/planning-time/ics.ts).
    expect(event.startDate.zone).toBe(ICAL.Timezone.localTimezone);
    expect(text).toMatch(/^DTSTART:20250915T130000\r$/m);
    expect(text).toMatch(/^DTEND:20250915T134500\r$/m);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tandem//Co-planning//EN');
    expect(calendar.getFirstProperty('method')).toBeNull();
  });

  it('gives the same wall-clock times whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      const outputs = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'].map(
        (zone) => {
          process.env.TZ = zone;
          return icsEvent(block);
        },
      );
      expect(new Set(outputs).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('repeats weekly on the first date’s weekday, every two weeks, or not at all', () => {
    const weekly = parse(icsEvent(block)).vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(weekly.freq).toBe('WEEKLY');
    expect(weekly.interval).toBe(1);
    expect(weekly.parts.BYDAY).toEqual(['MO']);

    const biweekly = parse(icsEvent({ ...block, date: '2025-09-16', repeat: 'biweekly' })).vevent.getFirstPropertyValue(
      'rrule',
    ) as ICAL.Recur;
    expect(biweekly.freq).toBe('WEEKLY');
    expect(biweekly.interval).toBe(2);
    expect(biweekly.parts.BYDAY).toEqual(['TU']);

    const once = parse(icsEvent({ ...block, repeat: 'once' }));
    expect(once.vevent.getFirstProperty('rrule')).toBeNull();
    expect(once.event.isRecurring()).toBe(false);
  });

  it('stays at 13:00 local across the 2025-11-02 daylight-saving change', () => {
    const { event } = parse(icsEvent(block));
    const iterator = event.iterator();
    const occurrences: string[] = [];
    for (let next = iterator.next(); next && occurrences.length < 12; next = iterator.next()) {
      occurrences.push(wallClock(next));
    }
    expect(occurrences.slice(6, 9)).toEqual(['2025-10-27T13:00:00', '2025-11-03T13:00:00', '2025-11-10T13:00:00']);
    expect(occurrences.every((o) => o.endsWith('T13:00:00'))).toBe(true);

    // Every two weeks too, and the end follows the start.
    const biweekly = parse(icsEvent({ ...block, date: '2025-10-21', repeat: 'biweekly' })).event;
    const dates = [];
    const it2 = biweekly.iterator();
    for (let next = it2.next(); next && dates.length < 3; next = it2.next()) {
      const details = biweekly.getOccurrenceDetails(next);
      dates.push(`${wallClock(details.startDate)}–${wallClock(details.endDate).slice(11)}`);
    }
    expect(dates).toEqual([
      '2025-10-21T13:00:00–13:45:00',
      '2025-11-04T13:00:00–13:45:00',
      '2025-11-18T13:00:00–13:45:00',
    ]);
  });

  it('ends at 00:00 the next day for a block ending at 1440', () => {
    const { event } = parse(icsEvent({ ...block, date: '2025-12-31', start: 23 * 60, end: 1440, repeat: 'once' }));
    expect(wallClock(event.endDate)).toBe('2026-01-01T00:00:00');
  });

  it('round-trips a description with commas, semicolons, newlines, backslashes, Unicode and emoji', () => {
    const details = [
      'Reflect (9 min)',
      '• Lab Report: Density of Liquids (Grade 7 Science) · Station teaching · with Marcus Lee, Priya Shah',
      '  What worked: groups rotated; timer helped, mostly\\ok',
      '  Change next time: “shorter” intro — élèves, 学生 🎉👩🏽‍🏫',
      `  ${'long line with emoji 🎉 '.repeat(12)}`,
      '  https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details',
    ].join('\n');
    const text = icsEvent({ ...block, title: 'Co-planning; Dana, Marcus 🎉', details });
    // Folded by `ics`, which counts characters, not octets: pure-ASCII lines stay within RFC 5545's 75
    // octets; lines with multi-byte characters can be longer (a SHOULD in §3.1; parsers accept them), but
    // a character is never split.
    expect(text).toContain('\r\n\t');
    const ascii = text.split('\r\n').filter((line) => /^[\x20-\x7e\t]*$/.test(line));
    expect(ascii.every((line) => line.length <= 75)).toBe(true);
    const { event } = parse(text);
    expect(event.description).toBe(details);
    expect(event.summary).toBe('Co-planning; Dana, Marcus 🎉');
  });

  it('omits an empty description', () => {
    expect(parse(icsEvent({ ...block, details: '' })).vevent.getFirstProperty('description')).toBeNull();
  });

  it('invites the partner; writes an organizer only when an e-mail is known', () => {
    const { vevent } = parse(icsEvent({ ...block, organizerName: 'Dana Rivera' }));
    const attendee = vevent.getFirstProperty('attendee');
    expect(attendee?.getFirstValue()).toBe('mailto:marcus.lee@lincoln-ms.example');
    expect(attendee?.getParameter('cn')).toBe('Marcus Lee');
    expect(attendee?.getParameter('role')).toBe('REQ-PARTICIPANT');
    expect(vevent.getFirstProperty('organizer')).toBeNull();

    const withOrganizer = parse(
      icsEvent({ ...block, organizerName: 'Dana Rivera', organizerEmail: 'dana.rivera@lincoln-ms.example' }),
    ).vevent.getFirstProperty('organizer');
    expect(withOrganizer?.getFirstValue()?.toString().toLowerCase()).toBe('mailto:dana.rivera@lincoln-ms.example');
    expect(withOrganizer?.getParameter('cn')).toBe('Dana Rivera');

    const { guest: _, ...alone } = block;
    expect(parse(icsEvent(alone)).vevent.getFirstProperty('attendee')).toBeNull();
  });

  it('throws on input the library rejects, instead of writing a broken file', () => {
    expect(() => icsEvent({ ...block, guest: { name: 'X', email: 'not an e-mail' } })).toThrow();
  });
});

describe('.ics planning block, hostile text', () => {
  it('a bare CR in a partner name, title or agenda never ends a line of the file (one event, no forged UID)', () => {
    const forged = 'X\rEND:VEVENT\rBEGIN:VEVENT\rUID:forged@evil\rSUMMARY:Forged';
    const text = icsEvent({
      ...block,
      title: `Co-planning: ${forged}`,
      details: `Agenda\r${forged}`,
      guest: { name: `Marcus ${forged}`, email: 'marcus.lee@lincoln-ms.example' },
      organizerName: `Dana ${forged}`,
      organizerEmail: 'dana@lincoln-ms.example',
    });
    // Every line ends with CRLF and holds no other control character, past the space or tab that starts a
    // folded line (RFC 5545 §3.1, §3.3.11).
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    const control = /[\u0000-\u001f\u007f]/;
    for (const line of text.split('\r\n')) expect(line.replace(/^[ \t]/, '')).not.toMatch(control);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^UID:forged/m);
    const { event } = parse(text);
    expect(event.uid).toBe('block-3f2a@tandem');
    expect(event.summary).toBe('Co-planning: X\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged@evil\nSUMMARY:Forged');
    // A name is a parameter value (no escapes exist there): one line, no quote that would end it.
    const organizer = parse(text).vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Dana X END:VEVENT BEGIN:VEVENT UID:forged@evil SUMMARY:Forged');
  });
});
