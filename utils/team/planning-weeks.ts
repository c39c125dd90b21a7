import { addDays } from '../planning-time/dates';
import { occurrencesBetween } from '../planning-time/occurrences';
import type { TallyBlock, TallyLost } from '../planning-time/tally';
import { type DateRange, weeksOf } from './range';

// Planning minutes planned and lost per week (issue 15), by the same rules as Calendar's month tally
// (utils/planning-time/tally.ts): planned = every occurrence of a block Calendar showed at least once, lost
// occurrences included; lost = the lost records of those days. Weeks run Monday to Sunday and are cut to
// the range (the first and last week of a month count only that month's days). Days are calendar dates, so a
// daylight-saving week is a week like any other. Planning time is the teacher's, not a class's: the same for
// every class picked.

export interface PlanningWeek {
  /** Monday. */
  week: string;
  planned: number;
  lost: number;
}

export function planningByWeek(
  blocks: readonly TallyBlock[],
  lost: readonly TallyLost[],
  range: DateRange,
): PlanningWeek[] {
  return weeksOf(range).map((week) => {
    const from = later(week, range.from);
    const to = earlier(addDays(week, 6), range.to);
    let planned = 0;
    for (const block of blocks) {
      if (!block.seenAt) continue;
      planned += occurrencesBetween(block, from, to).length * Math.max(0, block.end - block.start);
    }
    const lostMinutes = lost
      .filter((record) => record.date >= from && record.date <= to)
      .reduce((sum, record) => sum + record.minutes, 0);
    return { week, planned, lost: lostMinutes };
  });
}

/** Of two YYYY-MM-DD dates (compared as text, which orders them by day). */
function later(a: string, b: string): string {
  return a > b ? a : b;
}
function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
