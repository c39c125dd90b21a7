import { describe, expect, it } from 'vitest';
import { decodeDatekey, isoDate } from '../../../../utils/pages/calendar/datekey';
import { readGrid } from '../../../../utils/pages/calendar/read-grid';
import { DAY_COLUMN, EVENT_CHIP, GRID } from '../../../../utils/pages/calendar/selectors';
import type { GridEvent, GridReading } from '../../../../utils/pages/calendar/types';
import { shiftedWeekHtml } from '../../../fixtures/calendar-week.mjs';
import { FIXTURE_URLS, fixtureHtml, loadFixture, loadHtml } from './fixtures';

// The time-grid reader on calendar-week.html: every fact of tests/fixtures/README.md ("calendar-week.html"
// and the events table), then the degraded pages and the week-paging animation trap.

type Ok = Extract<GridReading, { ok: true }>;
function read(root: ParentNode): Ok {
  const reading = readGrid(root);
  if (!reading.ok) throw new Error(`expected a grid, got ${reading.problem}`);
  return reading;
}
const hm = (text: string) => {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

// README "Calendar events" rows marked W+M: date, time, title, eventId.
// biome-ignore format: one row per event, as in the README
const WEEK_EVENTS: Array<[date: string, start: string | null, end: string | null, title: string, eventId: string]> = [
  ['2025-09-15', null, null, 'Science Fair Week', '50dq8lcib9q7ni1s0su60ap9hb'],
  ['2025-09-18', null, null, 'Field Trip: Science Museum', 'hbb6a0oid44b2luup6r07h3ahq'],
  ['2025-09-15', '08:00', '08:50', 'Period 1 – Grade 7 Science', '6k96jfbsu530cfhc3i5181f179_20250915T120000Z'],
  ['2025-09-15', '09:00', '09:45', 'Co-planning with Marcus', 'd06rnhebdpdom3daah5tkii3em'],
  ['2025-09-15', '10:30', '11:20', 'Period 3 – Grade 7 Science', '5sc4qnspuol585eol1mtc9dq3o_20250915T143000Z'],
  ['2025-09-15', '15:15', '16:15', 'Staff meeting', 'aqd3mmr4vp6fuoknkqbjidtira'],
  ['2025-09-16', '08:00', '08:50', 'Period 1 – Grade 7 Science', '6k96jfbsu530cfhc3i5181f179_20250916T120000Z'],
  ['2025-09-16', '10:00', '11:00', 'IEP meeting – J.M.', 'ngspcbofi2odks45mfsgandlh5'],
  ['2025-09-16', '10:30', '11:30', 'Push-in support: Period 3 (Marcus)', 'fk65fqjrd1mb19h89ge9e31amf'],
  ['2025-09-17', '08:00', '08:50', 'Period 1 – Grade 7 Science', '6k96jfbsu530cfhc3i5181f179_20250917T120000Z'],
  ['2025-09-17', '10:30', '11:20', 'Period 3 – Grade 7 Science', '5sc4qnspuol585eol1mtc9dq3o_20250917T143000Z'],
  ['2025-09-17', '12:15', '12:30', 'Parent call – A. Chen', '3kmqslu5guqql1qq8bovqv4c3h'],
  ['2025-09-18', '08:00', '08:50', 'Period 1 – Grade 7 Science', '6k96jfbsu530cfhc3i5181f179_20250918T120000Z'],
  ['2025-09-18', '14:00', '15:00', 'Data team meeting', 'fro3l6796ehf3g73813qn0kbev'],
  ['2025-09-18', '14:30', '15:30', 'Office hours', '5qqdv5bnkq2kgk4favqciigco4'],
  ['2025-09-19', '08:00', '08:50', 'Period 1 – Grade 7 Science', '6k96jfbsu530cfhc3i5181f179_20250919T120000Z'],
  ['2025-09-19', '13:00', '14:00', 'Co-planning: Unit 4 launch', 's37o289shhijfugqca4hqvihue'],
];

describe('readGrid on calendar-week.html', () => {
  const document = loadFixture('week');
  const reading = read(document);
  const byId = new Map(reading.events.map((event) => [event.eventId, event]));

  it('reads 17 events from 17 chips, although 32 elements carry data-eventid', () => {
    expect(document.querySelectorAll('[data-eventid]')).toHaveLength(32);
    expect(document.querySelectorAll(EVENT_CHIP)).toHaveLength(17);
    expect(reading.events).toHaveLength(17);
    expect(new Set(reading.events.map((event) => event.key)).size).toBe(17);
    expect(reading.skipped).toBe(0);
  });

  it('has 2 all-day and 15 timed events', () => {
    expect(reading.events.filter((event) => event.allDay)).toHaveLength(2);
    expect(reading.events.filter((event) => !event.allDay)).toHaveLength(15);
  });

  it('shows Sun 2025-09-14 … Sat 2025-09-20, from datekeys 28462 … 28468', () => {
    const keys = [...document.querySelectorAll(DAY_COLUMN)].map((column) => column.getAttribute('data-datekey'));
    expect(keys).toEqual(['28462', '28463', '28464', '28465', '28466', '28467', '28468']);
    const expected = ['2025-09-14', '2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19', '2025-09-20'];
    expect(keys.map((key) => isoDate(decodeDatekey(key ?? '') ?? { year: 0, month: 0, day: 0 }))).toEqual(expected);
    expect(reading.days).toEqual(expected);
  });

  it('derives 48 px/hour from the columns (1152 px / 24 h), not from a constant', () => {
    expect(reading.pxPerHour).toBe(48);
  });

  it.each(WEEK_EVENTS)('%s %s–%s %s', (date, start, end, title, eventId) => {
    const event = byId.get(eventId);
    expect(event, eventId).toBeDefined();
    expect(event?.date).toBe(date);
    expect(event?.allDay).toBe(start === null);
    expect(event?.start).toBe(start === null ? 0 : hm(start));
    expect(event?.end).toBe(end === null ? 1440 : hm(end));
    expect(event?.label).toContain(title);
    expect(event?.chip.getAttribute('data-eventid')).toBe(event?.key);
  });

  it('finds the overlapping pairs (Tue IEP / Push-in, Thu Data team / Office hours) and no other', () => {
    const timed = reading.events.filter((event) => !event.allDay);
    const overlaps: string[] = [];
    timed.forEach((a, i) => {
      for (const b of timed.slice(i + 1)) {
        if (a.date === b.date && a.start < b.end && b.start < a.end) overlaps.push(`${a.eventId} ${b.eventId}`);
      }
    });
    expect(overlaps.sort()).toEqual(
      [
        'fro3l6796ehf3g73813qn0kbev 5qqdv5bnkq2kgk4favqciigco4',
        'ngspcbofi2odks45mfsgandlh5 fk65fqjrd1mb19h89ge9e31amf',
      ].sort(),
    );
  });

  it('labels the custom-colour chip from .XuJrye, skipping its decorative aria-hidden first child', () => {
    const event = byId.get('d06rnhebdpdom3daah5tkii3em');
    expect(event?.chip.firstElementChild?.getAttribute('aria-hidden')).toBe('true');
    expect(event?.label).toBe(
      '9am to 9:45am, Co-planning with Marcus, Dana Rivera, Accepted, Location: Room 114, Color: Grape, September 15, 2025',
    );
  });

  it('labels all-day chips from the text inside their role=button, not the aria-hidden title', () => {
    expect(byId.get('hbb6a0oid44b2luup6r07h3ahq')?.label).toBe(
      'All day, Field Trip: Science Museum, Calendar: Grade 7 Team, No location, September 18, 2025',
    );
    expect(byId.get('50dq8lcib9q7ni1s0su60ap9hb')?.label).toBe(
      'September 15, 2025 to September 17, 2025, Science Fair Week, Dana Rivera, No location',
    );
  });

  it('dates the 3-day all-day chip by its first day, and all-day events block no time (0–1440)', () => {
    const fair = byId.get('50dq8lcib9q7ni1s0su60ap9hb') as GridEvent;
    expect([fair.date, fair.allDay, fair.start, fair.end]).toEqual(['2025-09-15', true, 0, 1440]);
  });

  it('points each event at its chip root, never at a drag handle', () => {
    for (const event of reading.events) expect(event.chip.hasAttribute('data-eventchip')).toBe(true);
  });
});

describe('readGrid on degraded pages', () => {
  const url = FIXTURE_URLS.week;

  it('a page without a grid: no-grid', () => {
    expect(readGrid(loadHtml('<body data-viewkey="WEEK"><div role="main"></div></body>', url))).toEqual({
      ok: false,
      problem: 'no-grid',
    });
  });

  it('a grid without day columns: no-columns (also the month view)', () => {
    const html = '<div role="grid" data-start-date-key="28462" data-end-date-key="28468"><div role="row"></div></div>';
    expect(readGrid(loadHtml(html, url))).toEqual({ ok: false, problem: 'no-columns' });
    expect(readGrid(loadFixture('month'))).toEqual({ ok: false, problem: 'no-columns' });
  });

  it('columns whose datekeys do not decode count as no columns', () => {
    const html = `<div role="grid" data-start-date-key="1" data-end-date-key="2">
      <div role="gridcell" data-column-index="0" data-datekey="banana"></div></div>`;
    expect(readGrid(loadHtml(html, url))).toEqual({ ok: false, problem: 'no-columns' });
  });

  it('skips and counts chips with a missing or garbage position, without throwing', () => {
    const document = loadFixture('week');
    const chips = [...document.querySelectorAll<HTMLElement>(`${DAY_COLUMN} ${EVENT_CHIP}`)];
    chips[0]?.removeAttribute('style');
    chips[1]?.setAttribute('style', 'top: banana; height: 34px');
    chips[2]?.setAttribute('style', 'top: 10%; height: 2em');
    const reading = read(document);
    expect(reading.skipped).toBe(3);
    expect(reading.events).toHaveLength(14);
  });

  it('skips and counts an all-day chip that sits in no cell', () => {
    const document = loadFixture('week');
    const chip = document.querySelector('[data-stacked-layout-chip-container]') as Element;
    document.querySelector(GRID)?.append(chip);
    const reading = read(document);
    expect(reading.skipped).toBe(1);
    expect(reading.events).toHaveLength(16);
  });

  it('keeps a chip whose data-eventid does not decode, with eventId null', () => {
    const document = loadFixture('week');
    document.querySelector(`${DAY_COLUMN} ${EVENT_CHIP}`)?.setAttribute('data-eventid', '%%not base64%%');
    const event = read(document).events.find((candidate) => candidate.key === '%%not base64%%');
    expect(event?.eventId).toBeNull();
    expect([event?.start, event?.end]).toEqual([480, 530]);
  });

  it('derives the scale from an inline column height, and falls back to 48 px/hour without one', () => {
    const grid = (columnStyle: string) =>
      loadHtml(
        `<div role="grid" data-start-date-key="28463" data-end-date-key="28463">
          <div role="gridcell" data-column-index="0" data-datekey="28463" style="${columnStyle}">
            <div role="button" data-eventchip="" data-eventid="YWJjIGRAZw" style="top: 480px; height: 58px"><div>x</div></div>
          </div></div>`,
        'https://calendar.google.com/calendar/u/0/r/day/2025/9/15',
      );
    const tall = read(grid('height: 1440px'));
    expect(tall.pxPerHour).toBe(60);
    expect([tall.events[0]?.start, tall.events[0]?.end]).toEqual([480, 540]);
    const bare = read(grid(''));
    expect(bare.pxPerHour).toBe(48);
    expect([bare.events[0]?.start, bare.events[0]?.end]).toEqual([600, 675]);
    expect(bare.events[0]?.eventId).toBe('abc');
  });

  it('never throws, even when the DOM itself throws', () => {
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
      querySelector: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(readGrid(broken)).toEqual({ ok: false, problem: 'no-grid' });
  });
});

describe('readGrid and the week-paging animation (old and new week both in the DOM)', () => {
  /** The grid element of the fixture's week moved by `weeks`, imported into `document`. */
  function otherWeekGrid(document: Document, weeks: number): Element {
    const other = loadHtml(shiftedWeekHtml({ weeks }), FIXTURE_URLS.week).querySelector(GRID) as Element;
    return document.importNode(other, true);
  }
  const expectFixtureWeek = (reading: Ok) => {
    expect(reading.days).toEqual([
      '2025-09-14',
      '2025-09-15',
      '2025-09-16',
      '2025-09-17',
      '2025-09-18',
      '2025-09-19',
      '2025-09-20',
    ]);
    expect(reading.events).toHaveLength(17);
    expect(new Set(reading.events.map((event) => event.key)).size).toBe(17);
  };

  it('two visible week grids: the one holding the URL date wins, even when it comes second', () => {
    const document = loadFixture('week');
    const grid = document.querySelector(GRID) as Element;
    grid.before(otherWeekGrid(document, -1));
    expect(document.querySelectorAll(DAY_COLUMN)).toHaveLength(14);
    expectFixtureWeek(read(document));
  });

  it('the same two grids at the previous week URL read the previous week', () => {
    const document = loadHtml(fixtureHtml('week'), 'https://calendar.google.com/calendar/u/0/r/week/2025/9/8');
    (document.querySelector(GRID) as Element).before(otherWeekGrid(document, -1));
    const reading = read(document);
    expect(reading.days[0]).toBe('2025-09-07');
    expect(reading.events.every((event) => event.date < '2025-09-14')).toBe(true);
    expect(reading.events).toHaveLength(17);
  });

  it('a hidden old grid first and no date in the URL: the visible grid wins', () => {
    const document = loadHtml(fixtureHtml('week'), 'https://calendar.google.com/calendar/u/0/r');
    const old = otherWeekGrid(document, -1);
    old.setAttribute('style', 'display: none');
    (document.querySelector(GRID) as Element).before(old);
    expectFixtureWeek(read(document));
  });

  it('duplicate columns for the same day (a hidden copy first, a visible copy after): one day, no duplicate events', () => {
    const document = loadFixture('week');
    const monday = document.querySelector('[data-datekey="28463"][data-column-index]') as Element;
    const hidden = monday.cloneNode(true) as Element;
    hidden.setAttribute('style', 'display: none');
    // the hidden copy holds a stale chip that must not be read
    const stale = hidden.querySelector(EVENT_CHIP) as Element;
    stale.setAttribute('data-eventid', 'c3RhbGVldmVudCBkQGc');
    monday.before(hidden);
    monday.after(monday.cloneNode(true));
    const reading = read(document);
    expectFixtureWeek(reading);
    expect(reading.events.some((event) => event.eventId === 'staleevent')).toBe(false);
    // the events are the visible original column's chips
    expect(
      reading.events
        .filter((event) => event.date === '2025-09-15' && !event.allDay)
        .map((event) => event.chip.closest(DAY_COLUMN)),
    ).toEqual([monday, monday, monday, monday]);
  });

  it("old week columns inside the new week's container are dropped by the container's date range", () => {
    const document = loadFixture('week');
    const old = otherWeekGrid(document, -1);
    const lastColumn = [...document.querySelectorAll(DAY_COLUMN)].at(-1) as Element;
    lastColumn.after(...old.querySelectorAll(DAY_COLUMN));
    expect(document.querySelectorAll(DAY_COLUMN)).toHaveLength(14);
    const reading = read(document);
    expect(reading.days).toHaveLength(7);
    expect(reading.events.filter((event) => !event.allDay)).toHaveLength(15);
  });
});
