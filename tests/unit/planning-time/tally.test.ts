import { describe, expect, it } from 'vitest';
import { monthOfWeek, monthTally, type TallyBlock } from '../../../utils/planning-time/tally';
import { lostOccurrenceId } from '../../../utils/schema/calendar';
import { hm, weekFrom } from './week-fixture';

const SEEN = '2025-09-02T17:50:00.000Z';
const block = (id: string, overrides: Partial<TallyBlock>): TallyBlock => ({
  id,
  firstDate: '2025-09-02',
  start: hm('13:00'),
  end: hm('13:45'),
  repeat: 'weekly',
  seenAt: SEEN,
  ...overrides,
});
const lost = (blockId: string, date: string, minutes: number) => ({
  id: lostOccurrenceId(blockId, date),
  blockId,
  date,
  minutes,
});

const BLOCKS: TallyBlock[] = [
  block('tue', {}), // Tuesdays 13:00–13:45 from Sep 2
  block('thu', { firstDate: '2025-09-18', repeat: 'biweekly', start: hm('14:00'), end: hm('15:00') }), // Sep 18, Oct 2, 16, 30
  block('once', { firstDate: '2025-10-01', repeat: 'once', start: hm('07:30'), end: hm('08:00') }),
  block('mon', { firstDate: '2025-09-29', start: hm('11:25'), end: hm('12:25') }), // Mondays from Sep 29
  block('unsaved', { firstDate: '2025-09-03', seenAt: undefined }), // never recognised on the calendar
];
const LOST = [
  lost('tue', '2025-09-16', 45),
  lost('mon', '2025-09-29', 60),
  lost('thu', '2025-10-02', 60),
  lost('deleted-block', '2025-09-30', 50), // its block was deleted since; the loss still counts
];

describe('monthTally', () => {
  it('counts the occurrences of seen blocks in the month and the lost records dated in it', () => {
    // September: tue Sep 2, 9, 16, 23, 30 (5 × 45 = 225) + thu Sep 18 (60) + mon Sep 29 (60) = 345 in 7.
    // Lost: 45 + 60 + 50 = 155 in 3. The unsaved block counts nothing.
    expect(monthTally(BLOCKS, LOST, '2025-09')).toEqual({
      plannedMinutes: 345,
      lostMinutes: 155,
      occurrences: 7,
      lostOccurrences: 3,
    });
  });

  it('moves across the month boundary', () => {
    // October: tue Oct 7, 14, 21, 28 (4 × 45 = 180) + thu Oct 2, 16, 30 (180) + once Oct 1 (30)
    // + mon Oct 6, 13, 20, 27 (240) = 630 in 12. Lost: thu Oct 2, 60.
    expect(monthTally(BLOCKS, LOST, '2025-10')).toEqual({
      plannedMinutes: 630,
      lostMinutes: 60,
      occurrences: 12,
      lostOccurrences: 1,
    });
  });

  it('counts nothing before the first dates', () => {
    expect(monthTally(BLOCKS, LOST, '2025-08')).toEqual({
      plannedMinutes: 0,
      lostMinutes: 0,
      occurrences: 0,
      lostOccurrences: 0,
    });
  });

  it('crosses the year end', () => {
    const tue = [block('tue', {})];
    // December 2025 Tuesdays: 2, 9, 16, 23, 30; January 2026: 6, 13, 20, 27.
    expect(monthTally(tue, [lost('tue', '2025-12-30', 45)], '2025-12')).toMatchObject({
      plannedMinutes: 225,
      occurrences: 5,
      lostMinutes: 45,
    });
    expect(monthTally(tue, [lost('tue', '2025-12-30', 45)], '2026-01')).toMatchObject({
      plannedMinutes: 180,
      occurrences: 4,
      lostMinutes: 0,
    });
  });

  it('knows leap years', () => {
    const thursdays = [block('thu', { firstDate: '2024-02-01', end: hm('14:00') })];
    // February 2024: 1, 8, 15, 22, 29 → 5 × 60.
    expect(monthTally(thursdays, [], '2024-02').plannedMinutes).toBe(300);
    expect(monthTally(thursdays, [], '2024-03').occurrences).toBe(4); // Mar 7, 14, 21, 28
  });

  it('is empty without blocks', () => {
    expect(monthTally([], [], '2025-09')).toEqual({
      plannedMinutes: 0,
      lostMinutes: 0,
      occurrences: 0,
      lostOccurrences: 0,
    });
  });
});

describe('monthOfWeek', () => {
  it('is the month of the first Monday–Friday day', () => {
    expect(monthOfWeek(weekFrom('2025-09-14'))).toBe('2025-09');
    expect(monthOfWeek(weekFrom('2025-08-31'))).toBe('2025-09'); // Sun Aug 31 … Sat Sep 6
    expect(monthOfWeek(weekFrom('2025-09-28'))).toBe('2025-09'); // Mon Sep 29 … Fri Oct 3
    expect(monthOfWeek(weekFrom('2025-11-30'))).toBe('2025-12'); // Sun Nov 30, Mon Dec 1
    expect(monthOfWeek(weekFrom('2025-12-28'))).toBe('2025-12'); // Mon Dec 29 … Sat Jan 3
    expect(monthOfWeek(weekFrom('2026-01-25'))).toBe('2026-01'); // Mon Jan 26 … Sat Jan 31
  });

  it('handles one day, weekends, unordered days and nothing', () => {
    expect(monthOfWeek(['2025-10-01'])).toBe('2025-10');
    expect(monthOfWeek(['2025-11-01', '2025-11-02'])).toBe('2025-11'); // a weekend only
    expect(monthOfWeek(['2025-08-31'])).toBe('2025-08');
    expect(monthOfWeek([...weekFrom('2025-08-31')].reverse())).toBe('2025-09');
    expect(monthOfWeek([])).toBeNull();
  });
});
