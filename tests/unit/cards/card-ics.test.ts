import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCard } from '../../../utils/cards/build-card';
import type { Card } from '../../../utils/cards/card';
import { cardIcs, cardIcsSkipped } from '../../../utils/cards/card-ics';
import { DENSITY_LAB, input, MARCUS, MATH_MEETINGS, plan, RATIOS, ROSA, SCIENCE_MEETINGS } from './week';

const STAMP = Date.UTC(2025, 8, 14, 12, 0, 0);

interface Parsed {
  uid: string;
  summary: string;
  location: string | null;
  description: string;
  start: string;
  end: string;
  floating: boolean;
}

function events(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      // Floating times read as wall clock: "2025-09-16T09:00:00".
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      floating: event.startDate.zone === ICAL.Timezone.localTimezone,
    };
  });
}

describe('cardIcs', () => {
  const week = buildCard(input({ range: 'week' }));

  it('has one event per stop with a time, at the class’s wall-clock times, and counts the others', () => {
    const parsed = events(cardIcs(week, 'America/New_York', STAMP));
    expect(
      parsed.map(({ uid, summary, location, start, end, floating }) => ({
        uid,
        summary,
        location,
        start,
        end,
        floating,
      })),
    ).toEqual([
      {
        uid: `${DENSITY_LAB.id}:2025-09-16:${MARCUS.id}@cards.tandem.invalid`,
        summary: 'Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups',
        location: 'Room 204',
        start: '2025-09-16T09:00:00',
        end: '2025-09-16T09:50:00',
        floating: true,
      },
      {
        uid: expect.stringMatching(/^plan:638595247148:\d+:2025-09-16:person:marcus@cards\.tandem\.invalid$/),
        summary: 'Grade 7 Math — Leads group B',
        location: 'Room 118',
        start: '2025-09-16T10:05:00',
        end: '2025-09-16T10:55:00',
        floating: true,
      },
    ]);
    expect(cardIcsSkipped(week)).toBe(1); // Reading conferences: Grade 7 ELA has no meetings
    expect(parsed[0]?.description.split('\n')).toEqual(
      week.days[1]?.stops[0]?.lines.map((line) => `${line.label}: ${line.text}`),
    );
  });

  it('gives the same UIDs on a second export, and a changed stop keeps its UID', () => {
    const first = events(cardIcs(week, undefined, STAMP)).map((event) => event.uid);
    const moved = { ...DENSITY_LAB, supports: [{ personId: MARCUS.id, role: 'circulate' as const }] };
    const again = buildCard(input({ range: 'week', date: '2025-09-19', plans: [moved, ...input().plans.slice(0, 3)] }));
    const second = events(cardIcs(again, undefined, STAMP + 86_400_000)).map((event) => event.uid);
    expect(new Set(first).size).toBe(2);
    expect(second).toEqual(first);
  });

  it('writes a valid calendar with no event for a card without timed stops', () => {
    const empty = buildCard(input({ personId: 'person:nobody', range: 'week' }));
    expect(events(cardIcs(empty, undefined, STAMP))).toEqual([]);
    expect(cardIcsSkipped(empty)).toBe(0);
  });

  it('a lesson over two meetings is two events with their own UIDs, one per day', () => {
    const parsed = events(
      cardIcs(buildCard(input({ personId: ROSA.id, range: 'week', language: 'es' })), undefined, STAMP),
    );
    expect(parsed.map((event) => [event.start, event.end, event.summary])).toEqual([
      ['2025-09-16T10:05:00', '2025-09-16T10:55:00', 'Grade 7 Math — Circula y ayuda'],
      ['2025-09-17T08:00:00', '2025-09-17T08:50:00', 'Grade 7 Math — Circula y ayuda'],
    ]);
    expect(parsed[0]?.description).toContain('Modelo: Uno enseña, otro circula');
  });
});

describe('a daylight-saving week (New York: clocks go back on Sunday 2026-11-01)', () => {
  const zone = process.env.TZ;
  // The `ics` package passes local times through the runtime's own zone: run it in the school's zone.
  beforeAll(() => {
    process.env.TZ = 'America/New_York';
  });
  afterAll(() => {
    // Assigning undefined would store the string "undefined".
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  const cards = (): Card[] => {
    const lesson = plan('science', 'Density lab, part 2', {
      supports: [{ personId: MARCUS.id, role: 'circulate' }],
      taughtOn: ['2026-10-27', '2026-11-03'],
    });
    return ['2026-10-27', '2026-11-03'].map((date) => buildCard(input({ range: 'week', date, plans: [lesson] })));
  };

  it.each([
    ['before the change (EDT)', 0, '2026-10-27'],
    ['after the change (EST)', 1, '2026-11-03'],
  ])('keeps the wall-clock time %s in the card and the .ics', (_name, index, date) => {
    expect(new Date(`${date}T12:00:00`).getTimezoneOffset()).toBe(index === 0 ? 240 : 300);
    const card = cards()[index] as Card;
    const stop = card.days.flatMap((day) => day.stops)[0];
    expect(stop?.headline).toBe('9:00–9:50 · Room 204 · Grade 7 Science — Circulates and assists');
    const text = cardIcs(card, 'America/New_York', STAMP);
    expect(text).toContain(`DTSTART:${date.replaceAll('-', '')}T090000\r\n`);
    expect(events(text).map((event) => [event.start, event.end])).toEqual([[`${date}T09:00:00`, `${date}T09:50:00`]]);
  });
});

describe('text that would break the file', () => {
  // Typed, read from a page or imported from a file: a lone CR is not escaped by `ics` and ends a content line
  // in many readers, so it must not reach the file as itself.
  const forged = 'X\rEND:VEVENT\rBEGIN:VEVENT\rUID:forged\rSUMMARY:forged\rDTSTART:20250916T070000';
  const hostile = (): Card => {
    const lab = {
      ...DENSITY_LAB,
      stations: DENSITY_LAB.stations.map((station) => (station.id === 'st2' ? { ...station, name: forged } : station)),
      checkHow: `Exit ticket\r\nEND:VEVENT\r\nBEGIN:VEVENT; a, b \\ c\u0000\u001b`,
    };
    const science = {
      ...SCIENCE_MEETINGS,
      courseName: 'Grade 7\rScience',
      // Saved after the plan, so the card names the class by this record (build-card.ts classNameOf).
      updatedAt: '2025-09-30T12:00:00.000Z',
      meetings: SCIENCE_MEETINGS.meetings.map((meeting) => ({ ...meeting, room: 'Room\r204' })),
    };
    return buildCard(input({ plans: [lab, RATIOS], classMeetings: [science, MATH_MEETINGS] }));
  };

  it('keeps one event per stop, every content line whole, and the same UIDs', () => {
    const text = cardIcs(hostile(), undefined, STAMP);
    const lines = text.split('\r\n');
    const control = (line: string) => [...line].some((c) => c.charCodeAt(0) < 0x20 && c !== '\t');
    expect(lines.filter(control)).toEqual([]);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    const parsed = events(text);
    const plain = events(cardIcs(buildCard(input({ plans: [DENSITY_LAB, RATIOS] })), undefined, STAMP));
    expect(parsed.map((event) => event.uid)).toEqual(plain.map((event) => event.uid));
    expect(parsed[0]?.summary).toBe(
      'Grade 7\nScience — Leads station 2, X\nEND:VEVENT\nBEGIN:VEVENT\nUID:forged\nSUMMARY:forged\nDTSTART:20250916T070000, 15 min × 3 groups',
    );
    expect(parsed[0]?.location).toBe('Room\n204');
    expect(parsed[0]?.description).toContain('Exit ticket\nEND:VEVENT\nBEGIN:VEVENT; a, b \\ c — you collect');
  });
});
