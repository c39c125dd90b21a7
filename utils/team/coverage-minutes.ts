import type { TeamPlan } from './lesson-day';
import type { DatedLesson } from './select-lessons';

// Co-taught minutes lost to coverage (issue 15): the "Partner pulled for coverage" marks of the lessons, per
// adult and month (the month of the day the lesson counts on, utils/team/lesson-day.ts).

/** A plan's coverage marks; plans stored before issue 15 have none. */
export function coverageOf(plan: Pick<TeamPlan, 'coverage'>) {
  return plan.coverage ?? [];
}

export interface CoverageRow {
  personId: string;
  /** Minutes lost per month, for every month asked (0 when none). */
  minutes: Record<string, number>;
  /** Lessons the adult was pulled from. */
  times: number;
  total: number;
}

export function coverageByMonth(lessons: readonly DatedLesson[], months: readonly string[]): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const { plan, date } of lessons) {
    const month = date.slice(0, 7);
    for (const { personId, minutes } of coverageOf(plan)) {
      const row = rows.get(personId) ?? {
        personId,
        minutes: Object.fromEntries(months.map((m) => [m, 0])),
        times: 0,
        total: 0,
      };
      row.minutes[month] = (row.minutes[month] ?? 0) + minutes;
      row.times++;
      row.total += minutes;
      rows.set(personId, row);
    }
  }
  return [...rows.values()];
}
