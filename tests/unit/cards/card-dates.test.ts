import { describe, expect, it } from 'vitest';
import { clockRange, clockTime, dayHeading, mondayOf, monthDay, weekdayName } from '../../../utils/cards/card-dates';

describe('card dates and times, from Intl in the card’s locale', () => {
  it.each([
    ['en-US', 540, '9:00'],
    ['en-US', 605, '10:05'],
    ['en-US', 780, '1:00'],
    ['en-US', 720, '12:00'],
    ['en-US', 1440, '12:00'],
    ['es-US', 540, '9:00'],
    ['es-US', 815, '1:35'],
  ])('%s writes minute %i as %s (no a.m./p.m.: a school schedule does not)', (locale, minute, text) => {
    expect(clockTime(minute, locale)).toBe(text);
  });

  it.each([
    ['en-US', '9:00–9:50'],
    ['es-US', '9:00–9:50'],
  ])('%s range', (locale, text) => {
    expect(clockRange(540, 590, locale)).toBe(text);
  });

  it.each([
    ['en-US', 'Tuesday, November 3', 'November 2', 'Tuesday'],
    ['es-US', 'Martes, 3 de noviembre', '2 de noviembre', 'martes'],
  ])('%s dates', (locale, heading, month, weekday) => {
    expect(dayHeading('2026-11-03', locale)).toBe(heading);
    expect(monthDay('2026-11-02', locale)).toBe(month);
    expect(weekdayName('2026-11-03', locale)).toBe(weekday);
  });

  it.each([
    ['2026-11-02', '2026-11-02'],
    ['2026-11-01', '2026-10-26'],
    ['2026-11-07', '2026-11-02'],
    ['2027-01-01', '2026-12-28'],
  ])('the Monday of %s is %s', (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
  });
});
