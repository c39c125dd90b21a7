import { describe, expect, it } from 'vitest';
import { datesBetween } from '../../../utils/planning-time/dates';
import {
  isOccurrence,
  nextOccurrence,
  occurrencesBetween,
  previousOccurrence,
} from '../../../utils/planning-time/occurrences';
import { inEveryZone } from './week-fixture';

const weekly = { firstDate: '2025-09-16', repeat: 'weekly' as const }; // Tuesdays
const biweekly = { firstDate: '2025-09-16', repeat: 'biweekly' as const };
const once = { firstDate: '2025-09-16', repeat: 'once' as const };

describe('isOccurrence', () => {
  it('weekly: the same weekday from the first date on', () => {
    expect(isOccurrence(weekly, '2025-09-16')).toBe(true);
    expect(isOccurrence(weekly, '2025-09-23')).toBe(true);
    expect(isOccurrence(weekly, '2025-12-30')).toBe(true);
    expect(isOccurrence(weekly, '2026-01-06')).toBe(true);
    expect(isOccurrence(weekly, '2025-09-09')).toBe(false); // a Tuesday before the first date
    expect(isOccurrence(weekly, '2025-09-17')).toBe(false);
    expect(isOccurrence(weekly, '2025-09-22')).toBe(false);
  });

  it('biweekly: every 14 days from the first date', () => {
    expect(isOccurrence(biweekly, '2025-09-16')).toBe(true);
    expect(isOccurrence(biweekly, '2025-09-23')).toBe(false);
    expect(isOccurrence(biweekly, '2025-09-30')).toBe(true);
    expect(isOccurrence(biweekly, '2025-09-02')).toBe(false); // 14 days before the first date
    expect(isOccurrence(biweekly, '2025-12-23')).toBe(true);
    expect(isOccurrence(biweekly, '2025-12-30')).toBe(false);
    expect(isOccurrence(biweekly, '2026-01-06')).toBe(true);
  });

  it('once: the first date only', () => {
    expect(isOccurrence(once, '2025-09-16')).toBe(true);
    expect(isOccurrence(once, '2025-09-23')).toBe(false);
    expect(isOccurrence(once, '2025-09-15')).toBe(false);
  });

  it('ignores daylight-saving changes and the machine time zone', () => {
    const mondays = { firstDate: '2025-10-27', repeat: 'weekly' as const };
    const spring = { firstDate: '2025-02-24', repeat: 'biweekly' as const };
    inEveryZone((zone) => {
      expect(isOccurrence(mondays, '2025-11-03'), zone).toBe(true); // the day after US DST ends
      expect(isOccurrence(mondays, '2025-11-02'), zone).toBe(false);
      expect(isOccurrence(spring, '2025-03-10'), zone).toBe(true); // the day after US DST starts
      expect(isOccurrence(spring, '2025-03-09'), zone).toBe(false);
      expect(isOccurrence(spring, '2025-03-24'), zone).toBe(true);
    });
  });
});

describe('occurrencesBetween', () => {
  it('lists weekly occurrences inclusively, across a month end', () => {
    expect(occurrencesBetween(weekly, '2025-09-01', '2025-10-07')).toEqual([
      '2025-09-16',
      '2025-09-23',
      '2025-09-30',
      '2025-10-07',
    ]);
    expect(occurrencesBetween(weekly, '2025-09-17', '2025-09-22')).toEqual([]);
    expect(occurrencesBetween(weekly, '2025-09-23', '2025-09-23')).toEqual(['2025-09-23']);
  });

  it('lists biweekly occurrences across the year end', () => {
    expect(occurrencesBetween(biweekly, '2025-12-01', '2026-01-31')).toEqual([
      '2025-12-09',
      '2025-12-23',
      '2026-01-06',
      '2026-01-20',
    ]);
  });

  it('crosses both US daylight-saving changes without drifting', () => {
    const thursdays = { firstDate: '2025-02-27', repeat: 'weekly' as const };
    expect(occurrencesBetween(thursdays, '2025-03-01', '2025-03-31')).toEqual([
      '2025-03-06',
      '2025-03-13',
      '2025-03-20',
      '2025-03-27',
    ]);
    expect(occurrencesBetween(thursdays, '2025-10-28', '2025-11-14')).toEqual([
      '2025-10-30',
      '2025-11-06',
      '2025-11-13',
    ]);
  });

  it('gives a one-off block once, and nothing for a backwards range', () => {
    expect(occurrencesBetween(once, '2025-09-01', '2025-12-31')).toEqual(['2025-09-16']);
    expect(occurrencesBetween(once, '2025-09-17', '2025-12-31')).toEqual([]);
    expect(occurrencesBetween(weekly, '2025-10-31', '2025-10-01')).toEqual([]);
  });
});

describe('previousOccurrence and nextOccurrence', () => {
  it('weekly', () => {
    expect(previousOccurrence(weekly, '2025-09-23')).toBe('2025-09-16'); // strictly before
    expect(previousOccurrence(weekly, '2025-09-24')).toBe('2025-09-23');
    expect(previousOccurrence(weekly, '2025-09-16')).toBeNull();
    expect(previousOccurrence(weekly, '2025-01-01')).toBeNull();
    expect(nextOccurrence(weekly, '2025-09-23')).toBe('2025-09-23'); // on or after
    expect(nextOccurrence(weekly, '2025-09-24')).toBe('2025-09-30');
    expect(nextOccurrence(weekly, '2025-01-01')).toBe('2025-09-16');
    expect(nextOccurrence(weekly, '2025-12-31')).toBe('2026-01-06');
    expect(previousOccurrence(weekly, '2026-01-01')).toBe('2025-12-30');
  });

  it('biweekly', () => {
    expect(previousOccurrence(biweekly, '2025-09-30')).toBe('2025-09-16');
    expect(previousOccurrence(biweekly, '2025-10-01')).toBe('2025-09-30');
    expect(nextOccurrence(biweekly, '2025-09-17')).toBe('2025-09-30');
    expect(nextOccurrence(biweekly, '2025-09-30')).toBe('2025-09-30');
    expect(nextOccurrence(biweekly, '2025-12-24')).toBe('2026-01-06');
    expect(previousOccurrence(biweekly, '2026-01-06')).toBe('2025-12-23');
  });

  it('once', () => {
    expect(previousOccurrence(once, '2025-09-17')).toBe('2025-09-16');
    expect(previousOccurrence(once, '2025-09-16')).toBeNull();
    expect(nextOccurrence(once, '2025-09-01')).toBe('2025-09-16');
    expect(nextOccurrence(once, '2025-09-16')).toBe('2025-09-16');
    expect(nextOccurrence(once, '2025-09-17')).toBeNull();
  });

  it('agree with a day-by-day scan over half a year', () => {
    const from = '2025-08-01';
    for (const block of [weekly, biweekly, once]) {
      const all = datesBetween(from, '2026-02-28').filter((date) => isOccurrence(block, date));
      expect(occurrencesBetween(block, from, '2026-02-28')).toEqual(all);
      for (const date of datesBetween('2025-09-01', '2026-01-31')) {
        expect(nextOccurrence(block, date), `${block.repeat} next ${date}`).toBe(all.find((d) => d >= date) ?? null);
        expect(previousOccurrence(block, date), `${block.repeat} previous ${date}`).toBe(
          all.filter((d) => d < date).at(-1) ?? null,
        );
      }
    }
  });
});
