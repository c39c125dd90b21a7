import type { LostOccurrence, PlanningBlock } from '../schema/calendar';
import { firstDayOfMonth, lastDayOfMonth, monthOf, weekdayOf } from './dates';
import { occurrencesBetween } from './occurrences';

// Planning time in a month: how much was planned and how much of it was lost.
// - Planned counts every occurrence in the month of every block Tandem has recognised on the calendar at
//   least once (seenAt set), from its first date on, past and future alike. A block that was never seen,
//   most likely never saved in Calendar, counts nothing: it is not planning time anyone has. Lost
//   occurrences stay in the planned figure (planned 180 min, lost 45 min = 135 min kept).
// - Lost counts the lost records dated in the month, also those of blocks deleted since.

export type TallyBlock = Pick<PlanningBlock, 'id' | 'firstDate' | 'start' | 'end' | 'repeat' | 'seenAt'>;
export type TallyLost = Pick<LostOccurrence, 'date' | 'minutes'>;

export interface MonthTally {
  plannedMinutes: number;
  lostMinutes: number;
  /** Planned occurrences in the month. */
  occurrences: number;
  /** Lost occurrences in the month. */
  lostOccurrences: number;
}

/** The tally for a 'YYYY-MM' month. */
export function monthTally(blocks: readonly TallyBlock[], lost: readonly TallyLost[], month: string): MonthTally {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  let plannedMinutes = 0;
  let occurrences = 0;
  for (const block of blocks) {
    if (!block.seenAt) continue;
    const count = occurrencesBetween(block, first, last).length;
    occurrences += count;
    plannedMinutes += count * Math.max(0, block.end - block.start);
  }
  let lostMinutes = 0;
  let lostOccurrences = 0;
  for (const record of lost) {
    if (monthOf(record.date) !== month) continue;
    lostMinutes += record.minutes;
    lostOccurrences++;
  }
  return { plannedMinutes, lostMinutes, occurrences, lostOccurrences };
}

/**
 * The month a visible week (or any run of days) belongs to: the month of its first Monday–Friday day, so
 * the week Sun Aug 31 – Sat Sep 6 is September's first week, and Mon Sep 29 – Fri Oct 3 is September's
 * last. Falls back to the first day when there is no weekday (a weekend-only view); null for no days.
 */
export function monthOfWeek(days: readonly string[]): string | null {
  const sorted = [...days].sort();
  const weekday = sorted.find((date) => {
    const day = weekdayOf(date);
    return day >= 1 && day <= 5;
  });
  const chosen = weekday ?? sorted[0];
  return chosen === undefined ? null : monthOf(chosen);
}
