import { describe, expect, it } from 'vitest';
import { floatingDateTime, recurrenceRule, templateUrl } from '../../../utils/planning-time/template-url';

// The documented examples: tests/fixtures/README.md, B.6 and "Expected template URL…".
const DOM_B6 =
  'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Co-planning%3A%20Grade%207%20Science&dates=20250915T130000/20250915T134500&ctz=America/New_York&details=Model%3A%20Station%20teaching&location=Room%20114&add=marcus.lee%40lincoln-ms.example&recur=RRULE%3AFREQ%3DWEEKLY%3BBYDAY%3DMO';
const FIXTURES =
  'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Co-planning%3A%20Unit%204%20launch&dates=20250919T130000/20250919T140000&ctz=America/New_York&location=Room%20114';

const b6 = {
  title: 'Co-planning: Grade 7 Science',
  date: '2025-09-15',
  start: 13 * 60,
  end: 13 * 60 + 45,
  timeZone: 'America/New_York',
  repeat: 'weekly',
  details: 'Model: Station teaching',
  location: 'Room 114',
  guestEmail: 'marcus.lee@lincoln-ms.example',
} as const;

function params(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('Calendar template URL', () => {
  it('is exactly the documented example of tests/fixtures/README.md B.6', () => {
    expect(templateUrl(b6)).toBe(DOM_B6);
  });

  it('is exactly the expected URL of tests/fixtures/README.md (one-off, no details, no guest)', () => {
    const url = templateUrl({
      title: 'Co-planning: Unit 4 launch',
      date: '2025-09-19',
      start: 13 * 60,
      end: 14 * 60,
      timeZone: 'America/New_York',
      repeat: 'once',
      details: '',
      location: 'Room 114',
    });
    expect(url).toBe(FIXTURES);
  });

  it('reads back parameter by parameter as the documented example does', () => {
    const ours = new URL(templateUrl(b6));
    expect(ours.origin + ours.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(params(templateUrl(b6))).toEqual(params(DOM_B6));
    expect(params(templateUrl(b6))).toEqual({
      action: 'TEMPLATE',
      text: 'Co-planning: Grade 7 Science',
      dates: '20250915T130000/20250915T134500',
      ctz: 'America/New_York',
      details: 'Model: Station teaching',
      location: 'Room 114',
      add: 'marcus.lee@lincoln-ms.example',
      recur: 'RRULE:FREQ=WEEKLY;BYDAY=MO',
    });
  });

  it('repeats every two weeks on the first date’s weekday, and not at all for once', () => {
    const tuesday = { ...b6, date: '2025-09-16' };
    expect(params(templateUrl({ ...tuesday, repeat: 'weekly' })).recur).toBe('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(params(templateUrl({ ...tuesday, repeat: 'biweekly' })).recur).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
    expect(templateUrl({ ...tuesday, repeat: 'biweekly' })).toContain(
      '&recur=RRULE%3AFREQ%3DWEEKLY%3BINTERVAL%3D2%3BBYDAY%3DTU',
    );
    expect(params(templateUrl({ ...tuesday, repeat: 'once' }))).not.toHaveProperty('recur');
  });

  it('adds the guest only when an e-mail is known', () => {
    const { guestEmail: _, ...noGuest } = b6;
    expect(params(templateUrl(noGuest))).not.toHaveProperty('add');
    expect(params(templateUrl({ ...b6, guestEmail: '' }))).not.toHaveProperty('add');
  });

  it('writes floating local times; a block ending at 1440 ends at 00:00 the next day', () => {
    const url = templateUrl({ ...b6, date: '2025-12-31', start: 23 * 60, end: 1440 });
    expect(params(url).dates).toBe('20251231T230000/20260101T000000');
    expect(params(url).dates).not.toContain('Z');
  });

  it('encodes spaces as %20, keeps newlines, Unicode and emoji in the details', () => {
    const details = 'Reflect (9 min)\n• Lab: density, 50% done; “great” 🎉 & more+';
    const url = templateUrl({ ...b6, details });
    expect(url).not.toContain('+');
    expect(url).toContain('details=Reflect%20(9%20min)%0A%E2%80%A2%20Lab');
    expect(params(url).details).toBe(details);
  });

  it('opens the editor in the same Google account when the account is known', () => {
    const url = templateUrl({ ...b6, account: '2' });
    expect(url.startsWith('https://calendar.google.com/calendar/u/2/r/eventedit?text=Co-planning%3A')).toBe(true);
    const { action: _, ...withoutAction } = params(DOM_B6);
    expect(params(url)).toEqual(withoutAction);
  });
});

describe('recurrence and date-time helpers', () => {
  it('name the weekday of the first date and write floating date-times', () => {
    expect(recurrenceRule('weekly', '2025-11-02')).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(floatingDateTime('2025-09-15', 7 * 60 + 5)).toBe('20250915T070500');
    expect(recurrenceRule('weekly', '2025-09-20')).toBe('FREQ=WEEKLY;BYDAY=SA');
    expect(recurrenceRule('once', '2025-09-20')).toBeNull();
  });
});
