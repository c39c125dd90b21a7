import { describe, expect, it } from 'vitest';
import { readMonth } from '../../../../utils/pages/calendar/read-month';
import { EVENT_CHIP, GRIDCELL, MONTH_DATE_NUMBER } from '../../../../utils/pages/calendar/selectors';
import type { MonthReading } from '../../../../utils/pages/calendar/types';
import { FIXTURE_URLS, loadFixture, loadHtml } from './fixtures';

// The month reader on calendar-month.html: the README's per-day table ("chips rendered in that day's
// cell"), dates from the week row because day cells have no datekey, and the multi-day chip.

type Ok = Extract<MonthReading, { ok: true }>;
function read(root: ParentNode): Ok {
  const reading = readMonth(root);
  if (!reading.ok) throw new Error(`expected a month grid, got ${reading.problem}`);
  return reading;
}

// README "calendar-month.html" per-day table: date → titles of the chips rendered in that day's cell.
const RENDERED: Record<string, string[]> = {
  '2025-09-02': ['First day of school'],
  '2025-09-08': ['Back to School Night'],
  '2025-09-15': ['Science Fair Week', 'Period 1 – Grade 7 Science'],
  '2025-09-16': ['Period 1 – Grade 7 Science'],
  '2025-09-17': ['Period 1 – Grade 7 Science'],
  '2025-09-18': ['Field Trip: Science Museum', 'Period 1 – Grade 7 Science'],
  '2025-09-19': ['Period 1 – Grade 7 Science', 'Co-planning: Unit 4 launch'],
  '2025-09-25': ['Co-planning: Unit 4 assessment'],
  '2025-09-26': ['Progress reports due'],
  '2025-10-01': ['Staff meeting'],
};
const ALL_DAY = ['First day of school', 'Science Fair Week', 'Field Trip: Science Museum', 'Progress reports due'];

/** The title inside a fixture label: the field after the time range ("8am to 8:50am, <title>, …"). */
const titleOf = (label: string) => label.split(', ')[label.startsWith('September 15, 2025 to') ? 3 : 1];

describe('readMonth on calendar-month.html', () => {
  const document = loadFixture('month');
  const reading = read(document);

  it('reads the 13 rendered chips, once each', () => {
    expect(document.querySelectorAll(EVENT_CHIP)).toHaveLength(13);
    expect(reading.events).toHaveLength(13);
    expect(new Set(reading.events.map((event) => event.key)).size).toBe(13);
  });

  it('dates chips from the week row, since the day cells carry no datekey', () => {
    expect(document.querySelectorAll(`${GRIDCELL}[data-datekey]`)).toHaveLength(0);
    const byDate: Record<string, string[]> = {};
    for (const event of reading.events)
      byDate[event.date] = [...(byDate[event.date] ?? []), titleOf(event.label) ?? ''];
    expect(byDate).toEqual(RENDERED);
  });

  it('dates the multi-day "Science Fair Week" chip by the Monday cell it starts in', () => {
    const fair = reading.events.find((event) => event.eventId === '50dq8lcib9q7ni1s0su60ap9hb');
    expect(fair?.date).toBe('2025-09-15');
    expect(fair?.chip.getAttribute('style')).toContain('calc(300% - 4px)');
  });

  it('lists the 35 days Sun 2025-08-31 … Sat 2025-10-04, across the datekey jump between months', () => {
    expect(reading.days).toHaveLength(35);
    expect(reading.days[0]).toBe('2025-08-31');
    expect(reading.days[1]).toBe('2025-09-01');
    expect(reading.days.at(-1)).toBe('2025-10-04');
  });

  it('has no times, and flags the 4 filled chips as all-day', () => {
    for (const event of reading.events) expect([event.start, event.end]).toEqual([null, null]);
    expect(reading.events.filter((event) => event.allDay).map((event) => titleOf(event.label))).toEqual(ALL_DAY);
  });

  it('decodes the README event ids', () => {
    expect(reading.events.map((event) => event.eventId)).toContain('8jugbnlg4fij9qjqkui6d1qqbf');
    expect(reading.events.map((event) => event.eventId)).toContain('6k96jfbsu530cfhc3i5181f179_20250919T120000Z');
  });
});

describe('readMonth on other and degraded pages', () => {
  it('the week view and an empty page have no month grid', () => {
    expect(readMonth(loadFixture('week'))).toEqual({ ok: false, problem: 'no-grid' });
    expect(readMonth(loadHtml('<body></body>', FIXTURE_URLS.month))).toEqual({ ok: false, problem: 'no-grid' });
  });

  it('a multi-day chip repeated in the next week row keeps its first date', () => {
    const document = loadFixture('month');
    const fair = document.querySelector('[data-eventid^="NTBkcThsY2li"][data-eventchip]') as Element;
    const nextSunday = [...document.querySelectorAll(GRIDCELL)][21] as Element; // Sun Sep 21
    nextSunday.append(fair.cloneNode(true));
    const reading = read(document);
    expect(reading.events).toHaveLength(13);
    expect(reading.events.find((event) => event.eventId === '50dq8lcib9q7ni1s0su60ap9hb')?.date).toBe('2025-09-15');
  });

  it('falls back to the click targets when a row lost a date number, and skips a row with neither', () => {
    const document = loadFixture('month');
    const rows = [...document.querySelectorAll('[role="row"]')].filter((row) => row.querySelector(MONTH_DATE_NUMBER));
    rows[2]?.querySelector(MONTH_DATE_NUMBER)?.remove(); // the Sep 14 week: dates now from div[data-datekey]
    for (const target of rows[4]?.querySelectorAll('[data-datekey]') ?? []) target.removeAttribute('data-datekey'); // Sep 28 week
    const reading = read(document);
    expect(reading.events.filter((event) => event.date >= '2025-09-14' && event.date <= '2025-09-20')).toHaveLength(8);
    expect(reading.events.some((event) => event.date >= '2025-09-28')).toBe(false); // Staff meeting Oct 1 not guessed
    expect(reading.events).toHaveLength(12);
  });

  it('never throws', () => {
    const broken = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(readMonth(broken)).toEqual({ ok: false, problem: 'no-grid' });
  });
});
