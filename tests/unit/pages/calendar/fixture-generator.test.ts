import { describe, expect, it } from 'vitest';
import { readGrid } from '../../../../utils/pages/calendar/read-grid';
import type { GridReading } from '../../../../utils/pages/calendar/types';
import { parseCalendarUrl } from '../../../../utils/pages/calendar/urls';
import {
  addChips,
  addDays,
  datekeyOf,
  FIXTURE_SUNDAY,
  generatedChips,
  generatedWeekHtml,
  isoOfDatekey,
  manyChipsWeekHtml,
  nextFutureWeek,
  shiftedWeekHtml,
  weekFixtureHtml,
  weekUrl,
} from '../../../fixtures/calendar-week.mjs';
import { FIXTURE_URLS, loadFixture, loadHtml } from './fixtures';

// tests/fixtures/calendar-week.mjs: the week fixture moved in time, with extra chips, with hundreds of chips.
// Everything it makes is read back with the real reader.

type Ok = Extract<GridReading, { ok: true }>;
function read(html: string, url: string): Ok {
  const reading = readGrid(loadHtml(html, url));
  if (!reading.ok) throw new Error(`expected a grid, got ${reading.problem}`);
  return reading;
}
/** The title field of a label in the fixture formats ("8am to 8:50am, <title>, …", "All day, <title>, …", "<date> to <date>, <title>, …"). */
const titleOf = (label: string) =>
  label.replace(/^(?:All day|.*? to (?:[A-Z][a-z]+ \d{1,2}, \d{4}|[^,]+)), /, '').split(', ')[0];

const original = readGrid(loadFixture('week')) as Ok;

describe('dates and URLs', () => {
  it('datekeys round-trip and are not linear across months', () => {
    expect(datekeyOf('2025-09-15')).toBe(28463);
    expect(isoOfDatekey(28463)).toBe('2025-09-15');
    expect(datekeyOf('2025-10-01') - datekeyOf('2025-09-30')).toBe(3);
    expect(isoOfDatekey(datekeyOf('2028-02-29'))).toBe('2028-02-29');
  });

  it('weekUrl writes month and day without zero padding, and parses back', () => {
    expect(weekUrl('2026-01-04')).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/1/4');
    expect(parseCalendarUrl(weekUrl('2026-01-04'))).toMatchObject({ kind: 'grid', view: 'week', date: '2026-01-04' });
    expect(() => weekUrl('2026-02-30')).toThrow();
  });
});

describe('shiftedWeekHtml', () => {
  it('is the fixture itself for 0 weeks', () => {
    expect(shiftedWeekHtml({ weeks: 0 })).toBe(weekFixtureHtml());
  });

  // 2: into a week that straddles September/October; 16: across a new year; -37: backwards; 128: a leap February.
  it.each([1, 2, 16, -37, 128])('moved %i weeks, it reads back as the same events 7 × weeks days later', (weeks) => {
    const sunday = addDays(FIXTURE_SUNDAY, weeks * 7);
    const moved = read(shiftedWeekHtml({ weeks }), weekUrl(sunday));
    expect(moved.days).toEqual(original.days.map((day) => addDays(day, weeks * 7)));
    expect(moved.skipped).toBe(0);
    expect(moved.events).toHaveLength(17);
    moved.events.forEach((event, i) => {
      const before = original.events[i];
      expect(event.date).toBe(addDays(before?.date ?? '', weeks * 7));
      expect([event.allDay, event.start, event.end]).toEqual([before?.allDay, before?.start, before?.end]);
      expect(titleOf(event.label)).toBe(titleOf(before?.label ?? ''));
      // recurring instances carry their (moved) date in the id; other ids stay
      const instance = /_(\d{8})T\d{6}Z$/.exec(event.eventId ?? '');
      if (instance) expect(instance[1]).toBe(event.date.replace(/-/g, ''));
      else expect(event.eventId).toBe(before?.eventId);
    });
  });

  it('re-encodes the grid range and header buttons, and updates the title and label dates', () => {
    const html = shiftedWeekHtml({ weeks: 2 }); // Sun 2025-09-28 … Sat 2025-10-04
    const document = loadHtml(html, weekUrl('2025-09-28'));
    const grid = document.querySelector('[data-start-date-key]');
    expect(grid?.getAttribute('data-start-date-key')).toBe(String(datekeyOf('2025-09-28')));
    expect(grid?.getAttribute('data-end-date-key')).toBe(String(datekeyOf('2025-10-04')));
    const buttons = [...document.querySelectorAll('[role="columnheader"] button[data-datekey]')];
    expect(buttons.map((button) => button.textContent)).toEqual(['28', '29', '30', '1', '2', '3', '4']);
    expect(document.title).toBe('Google Calendar - Week of September 28, 2025');
    expect(html).toContain(
      '8am to 8:50am, Period 1 – Grade 7 Science, Dana Rivera, Location: Room 114, September 29, 2025',
    );
    expect(html).toContain('aria-label="Wednesday, October 1"');
    expect(html).not.toContain('September 15, 2025');
  });
});

describe('addChips', () => {
  const chips = [
    { date: '2025-09-20', start: 487, end: 512, title: 'Odd minutes' },
    { date: '2025-09-14', start: 0, end: 15, title: 'Midnight' },
    { date: '2025-09-14', start: 1380, end: 1440, title: 'Last hour' },
    { date: '2025-09-16', start: 433, end: 598, title: 'Before first period', eventId: 'myownid123' },
    { date: '2025-09-17', start: 720, end: 780, title: `<img src=x onerror="alert(1)"> Tom & Jerry's` },
  ];
  const html = addChips(weekFixtureHtml(), chips);
  const reading = read(html, FIXTURE_URLS.week);
  const added = reading.events.filter((event) => !original.events.some((before) => before.key === event.key));

  it('adds readable timed chips at their exact times and dates', () => {
    expect(reading.events).toHaveLength(17 + chips.length);
    expect(reading.skipped).toBe(0);
    const byTime = (a: string, b: string) => (a < b ? -1 : 1);
    expect(
      added
        .map((event) => `${event.date} ${event.start}–${event.end} ${event.allDay} ${titleOf(event.label)}`)
        .sort(byTime),
    ).toEqual(chips.map((chip) => `${chip.date} ${chip.start}–${chip.end} false ${chip.title}`).sort(byTime));
  });

  it('builds them like the fixture: eventId, label format, drag handle, 48 px/hour geometry', () => {
    const odd = added.find((event) => titleOf(event.label) === 'Odd minutes');
    const own = added.find((event) => titleOf(event.label) === 'Before first period');
    expect(own?.eventId).toBe('myownid123');
    expect(odd?.label).toBe('8:07am to 8:32am, Odd minutes, Dana Rivera, No location, September 20, 2025');
    expect(odd?.chip.getAttribute('style')).toContain('top: 389.6px; height: 18px;');
    expect(odd?.chip.querySelector('.leOeGd[aria-hidden="true"]')?.getAttribute('data-eventid')).toBe(odd?.key);
    expect(added.every((event) => /^[0-9a-v]{26}$|^myownid123$/.test(event.eventId ?? ''))).toBe(true);
  });

  it('escapes titles: the markup stays text', () => {
    const document = loadHtml(html, FIXTURE_URLS.week);
    expect(document.querySelector('img')).toBeNull();
    expect(added.find((event) => event.date === '2025-09-17')?.label).toContain(
      `<img src=x onerror="alert(1)"> Tom & Jerry's`,
    );
  });

  it('is deterministic, and fails loudly on a day the page lacks or a bad time', () => {
    expect(addChips(weekFixtureHtml(), chips)).toBe(html);
    expect(() => addChips(weekFixtureHtml(), [{ date: '2025-09-21', start: 0, end: 15, title: 'x' }])).toThrow(
      /no day column/,
    );
    expect(() => addChips(weekFixtureHtml(), [{ date: '2025-09-15', start: 60, end: 60, title: 'x' }])).toThrow();
  });

  it('works on a moved week', () => {
    const sunday = addDays(FIXTURE_SUNDAY, 7);
    const moved = addChips(shiftedWeekHtml({ weeks: 1 }), [
      { date: addDays(sunday, 3), start: 600, end: 645, title: 'Moved' },
    ]);
    const event = read(moved, weekUrl(sunday)).events.find((candidate) => titleOf(candidate.label) === 'Moved');
    expect([event?.date, event?.start, event?.end]).toEqual(['2025-09-24', 600, 645]);
  });
});

describe('many chips', () => {
  it('a 300-chip week reads back 300 + the fixture 17 events, each at its generated time', () => {
    const reading = read(manyChipsWeekHtml(300), FIXTURE_URLS.week);
    expect(reading.events).toHaveLength(317);
    expect(reading.skipped).toBe(0);
    const byTitle = new Map(reading.events.map((event) => [titleOf(event.label), event]));
    for (const chip of generatedChips(300)) {
      const event = byTitle.get(chip.title);
      expect([event?.date, event?.start, event?.end], chip.title).toEqual([chip.date, chip.start, chip.end]);
    }
  });

  it('generatedWeekHtml puts chipsPerDay chips in every day, also in a moved week', () => {
    const reading = read(generatedWeekHtml({ chipsPerDay: 3, weeks: 5 }), weekUrl(addDays(FIXTURE_SUNDAY, 35)));
    const generated = reading.events.filter((event) => titleOf(event.label)?.startsWith('Generated event'));
    expect(generated).toHaveLength(21);
    for (const day of reading.days) expect(generated.filter((event) => event.date === day)).toHaveLength(3);
  });

  it('generated chips stay inside the day', () => {
    for (const chip of generatedChips(500)) {
      expect(chip.start).toBeGreaterThanOrEqual(0);
      expect(chip.end).toBeLessThanOrEqual(1440);
      expect(chip.end).toBeGreaterThan(chip.start);
    }
  });
});

describe('nextFutureWeek', () => {
  const local = (iso: string, hour = 12) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hour);
  };

  it.each([
    ['2025-09-01', '2025-09-14'], // the fixture week itself
    ['2025-09-08', '2025-09-21'], // Sep 14 starts only 6 days later
    ['2025-09-20', '2025-10-05'], // Sep 28 … Oct 4 straddles two months
    ['2026-02-20', '2026-03-01'],
    ['2025-06-10', '2025-06-22'], // before the fixture: a negative shift
  ])('from %s → the week of %s', (today, sunday) => {
    const week = nextFutureWeek(local(today));
    expect(week.sunday).toBe(sunday);
    expect(week.weeks).toBe(Math.round((Date.parse(sunday) - Date.parse(FIXTURE_SUNDAY)) / (7 * 86_400_000)));
    expect(addDays(FIXTURE_SUNDAY, week.weeks * 7)).toBe(sunday);
    expect(week.url).toBe(weekUrl(sunday));
  });

  it('uses the local date of now, whatever the hour', () => {
    expect(nextFutureWeek(local('2025-09-07', 0)).sunday).toBe('2025-09-14');
    expect(nextFutureWeek(local('2025-09-07', 23)).sunday).toBe('2025-09-14');
  });

  it('always gives the first Sunday ≥ 7 days ahead whose week stays in one month', () => {
    for (let offset = 0; offset < 400; offset += 3) {
      const today = addDays('2025-01-01', offset);
      const { sunday } = nextFutureWeek(local(today));
      expect(new Date(`${sunday}T00:00Z`).getUTCDay()).toBe(0);
      expect(sunday >= addDays(today, 7)).toBe(true);
      expect(addDays(sunday, 6).slice(0, 7)).toBe(sunday.slice(0, 7));
      const previous = addDays(sunday, -7);
      expect(previous < addDays(today, 7) || addDays(previous, 6).slice(0, 7) !== previous.slice(0, 7)).toBe(true);
    }
  });
});
