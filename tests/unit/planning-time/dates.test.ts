import { describe, expect, it } from 'vitest';
import {
  addDays,
  datesBetween,
  daysBetween,
  firstDayOfMonth,
  lastDayOfMonth,
  localDate,
  monthOf,
  weekdayOf,
} from '../../../utils/planning-time/dates';
import { inEveryZone } from './week-fixture';

describe('calendar dates', () => {
  it('formats local days', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-09-14', 6)).toBe('2025-09-20');
    expect(addDays('2025-09-30', 1)).toBe('2025-10-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-09-15', 0)).toBe('2025-09-15');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('adds days across the US daylight-saving changes as whole days', () => {
    expect(addDays('2025-03-08', 1)).toBe('2025-03-09');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addDays('2025-11-01', 1)).toBe('2025-11-02');
    expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
    expect(addDays('2025-11-02', -7)).toBe('2025-10-26');
  });

  it('names weekdays with 0 = Sunday', () => {
    expect(weekdayOf('2025-09-14')).toBe(0);
    expect(weekdayOf('2025-09-15')).toBe(1);
    expect(weekdayOf('2025-09-20')).toBe(6);
    expect(weekdayOf('2024-02-29')).toBe(4);
    expect(weekdayOf('2026-01-01')).toBe(4);
  });

  it('counts days between dates, negative when the second is earlier', () => {
    expect(daysBetween('2025-09-14', '2025-09-20')).toBe(6);
    expect(daysBetween('2025-09-20', '2025-09-14')).toBe(-6);
    expect(daysBetween('2025-09-15', '2025-09-15')).toBe(0);
    expect(daysBetween('2025-12-25', '2026-01-08')).toBe(14);
    expect(daysBetween('2025-03-02', '2025-03-16')).toBe(14);
    expect(daysBetween('2025-10-26', '2025-11-09')).toBe(14);
  });

  it('knows months and their last days', () => {
    expect(monthOf('2025-09-15')).toBe('2025-09');
    expect(firstDayOfMonth('2025-09')).toBe('2025-09-01');
    expect(lastDayOfMonth('2025-09')).toBe('2025-09-30');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
  });

  it('lists the dates of a range inclusively', () => {
    expect(datesBetween('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
    expect(datesBetween('2025-09-15', '2025-09-15')).toEqual(['2025-09-15']);
    expect(datesBetween('2025-09-16', '2025-09-15')).toEqual([]);
  });

  it('gives the same answers whatever the machine time zone', () => {
    inEveryZone((zone) => {
      expect(weekdayOf('2025-09-15'), zone).toBe(1);
      expect(weekdayOf('2025-03-09'), zone).toBe(0);
      expect(weekdayOf('2025-11-02'), zone).toBe(0);
      expect(addDays('2025-03-08', 1), zone).toBe('2025-03-09');
      expect(addDays('2025-11-02', 1), zone).toBe('2025-11-03');
      expect(addDays('2025-04-05', 1), zone).toBe('2025-04-06'); // Lord Howe's DST change (30 minutes)
      expect(daysBetween('2025-03-01', '2025-04-01'), zone).toBe(31);
      expect(daysBetween('2025-10-01', '2025-11-30'), zone).toBe(60);
    });
  });
});
