import { describe, expect, it } from 'vitest';
import { parseDueLine } from '../../../../utils/pages/classroom/due-date';

// Local dates: Classroom shows the teacher's local day, and the parser reads `now` in local time.
const TUESDAY_SEP_16_2025 = new Date(2025, 8, 16, 10, 30);

const dateOf = (text: string, now = TUESDAY_SEP_16_2025) => {
  const line = parseDueLine(text, now);
  return line?.kind === 'due' ? line.date : line;
};

describe('parseDueLine', () => {
  it.each([
    ['Due Sep 19, 11:59 PM', '2025-09-19'], // details header, classwork row 2
    ['Due Sep 22, 11:59 PM', '2025-09-22'],
    ['Due Sep 16, 3:00 PM', '2025-09-16'],
    ['Due Sep 5, 11:59 PM', '2025-09-05'], // past, same year
    ['Due Sep 19', '2025-09-19'], // no time
    ['Due Sept 19', '2025-09-19'],
    ['Due September 19, 11:59 PM', '2025-09-19'],
    ['Due Sep 19, 11:59\u202fPM', '2025-09-19'], // narrow no-break space, as Chrome's Intl writes times
    ['  Due\u00a0Sep 19,  11:59 PM ', '2025-09-19'],
    ['Due Sep 19, 2026', '2026-09-19'], // an explicit year wins
    ['Due today', '2025-09-16'],
    ['Due tomorrow, 8:00 AM', '2025-09-17'],
    ['Due yesterday', '2025-09-15'],
    ['Due Friday', '2025-09-19'], // "Upcoming" widget
    ['Due Tuesday', '2025-09-23'], // "today" would say today: a weekday is a later one
  ])('%s → %s (now Tue 2025-09-16)', (text, expected) => expect(dateOf(text)).toBe(expected));

  it('picks the year that puts the date closest to now', () => {
    expect(dateOf('Due Jan 5', new Date(2025, 11, 20))).toBe('2026-01-05');
    expect(dateOf('Due Dec 20, 11:59 PM', new Date(2026, 0, 3))).toBe('2025-12-20');
    expect(dateOf('Due Jun 30', new Date(2025, 0, 1))).toBe('2025-06-30');
    expect(dateOf('Due Feb 29', new Date(2027, 0, 10))).toBe('2028-02-29'); // the nearest leap year
  });

  it('"No due date" is a due line without a date', () => {
    expect(parseDueLine('No due date', TUESDAY_SEP_16_2025)).toEqual({ kind: 'noDueDate' });
  });

  it('a due line it cannot read has a null date', () => {
    expect(parseDueLine('Due Smarch 3', TUESDAY_SEP_16_2025)).toEqual({ kind: 'due', date: null });
    expect(parseDueLine('Due Sep 31', TUESDAY_SEP_16_2025)).toEqual({ kind: 'due', date: null });
  });

  it.each([
    'Posted Sep 12',
    'Edited Aug 29',
    'Sep 15 (Edited Sep 16)',
    'Lab Reports • 100 points',
    'Fällig: 19. Sept.',
    '',
  ])('%s is not a due line', (text) => expect(parseDueLine(text, TUESDAY_SEP_16_2025)).toBeNull());
});
