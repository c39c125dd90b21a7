import { addDays, firstDayOfMonth, lastDayOfMonth, monthOf, weekdayOf } from '../planning-time/dates';

// The span of days the Team page (issue 15) looks at. Days are plain YYYY-MM-DD calendar dates, as lessons'
// days and planning blocks store them, so a daylight-saving change never moves anything from one day to another.

/** Both ends included. */
export interface DateRange {
  from: string;
  to: string;
}

export function inRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** A 'YYYY-MM' month as a range. */
export function monthRange(month: string): DateRange {
  return { from: firstDayOfMonth(month), to: lastDayOfMonth(month) };
}

/**
 * The school term a day falls in: August to December, or January to July. Terms differ from school to school;
 * these two halves of the US school year are the common split, and "Custom range" covers any other.
 */
export function termRange(date: string): DateRange {
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) >= 8
    ? { from: `${year}-08-01`, to: `${year}-12-31` }
    : { from: `${year}-01-01`, to: `${year}-07-31` };
}

/** Every 'YYYY-MM' month the range touches, in order. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  for (let month = monthOf(range.from); month <= monthOf(range.to); month = monthOf(addDays(lastDayOfMonth(month), 1)))
    months.push(month);
  return months;
}

/** The Monday of the week a day is in (weeks run Monday to Sunday, as school weeks are read). */
export function weekOf(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The Monday of every week the range touches, in order. */
export function weeksOf(range: DateRange): string[] {
  const weeks: string[] = [];
  for (let week = weekOf(range.from); week <= range.to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
