import type { CoverageRow } from './coverage-minutes';
import { modelShares } from './model-mix';
import {
  COVERAGE_MINUTES_MONTH,
  LEAD_AND_ROAM_MIN,
  LEAD_AND_ROAM_WINDOW,
  LOST_PLANNING_WEEKS,
  NOT_LEADING_MIN_LESSONS,
} from './nudge-thresholds';
import type { PlanningWeek } from './planning-weeks';
import type { RolesRow } from './roles-held';
import type { DatedLesson } from './select-lessons';
import type { LeadsMonth } from './who-leads';

// The nudges the Team page shows (thresholds and the guidance behind them: utils/team/nudge-thresholds.ts).
// Each nudge is data (what, and the numbers); the page words it with the i18n key of its kind.

export type Nudge =
  | { kind: 'lead-and-roam'; count: number; of: number }
  | { kind: 'not-leading'; personId: string; lessons: number }
  | { kind: 'planning-lost'; weeks: number; minutes: number }
  | { kind: 'coverage'; personId: string; month: string; minutes: number };

export interface NudgeInput {
  /** Oldest first (utils/team/select-lessons.ts). */
  lessons: readonly DatedLesson[];
  roles: readonly RolesRow[];
  /** Who led, month by month (utils/team/who-leads.ts): read here, not worked out again for every lesson. */
  leads: readonly LeadsMonth[];
  planning: readonly PlanningWeek[];
  coverage: readonly CoverageRow[];
}

export function nudges(input: NudgeInput): Nudge[] {
  return [
    ...leadAndRoamNudge(input.lessons),
    ...notLeadingNudges(input.leads, input.roles),
    ...planningLostNudge(input.planning),
    ...coverageNudges(input.coverage),
  ];
}

function leadAndRoamNudge(lessons: readonly DatedLesson[]): Nudge[] {
  if (lessons.length < LEAD_AND_ROAM_WINDOW) return [];
  const last = lessons.slice(-LEAD_AND_ROAM_WINDOW);
  const count = last.filter(({ plan }) => (modelShares(plan).get('lead-and-roam') ?? 0) >= 0.5).length;
  return count >= LEAD_AND_ROAM_MIN ? [{ kind: 'lead-and-roam', count, of: last.length }] : [];
}

function notLeadingNudges(leads: readonly LeadsMonth[], roles: readonly RolesRow[]): Nudge[] {
  const led = new Set(leads.flatMap((month) => [...month.led.keys()]));
  return roles
    .filter((row) => row.lessons >= NOT_LEADING_MIN_LESSONS && !led.has(row.personId))
    .map((row) => ({ kind: 'not-leading', personId: row.personId, lessons: row.lessons }));
}

function planningLostNudge(weeks: readonly PlanningWeek[]): Nudge[] {
  const lastLost = weeks.findLastIndex((week) => week.lost > 0);
  if (lastLost < 0) return [];
  let first = lastLost;
  while (first > 0 && (weeks[first - 1]?.lost ?? 0) > 0) first--;
  const run = weeks.slice(first, lastLost + 1);
  if (run.length < LOST_PLANNING_WEEKS) return [];
  return [{ kind: 'planning-lost', weeks: run.length, minutes: run.reduce((sum, week) => sum + week.lost, 0) }];
}

function coverageNudges(rows: readonly CoverageRow[]): Nudge[] {
  return rows.flatMap((row) =>
    Object.entries(row.minutes)
      .filter(([, minutes]) => minutes >= COVERAGE_MINUTES_MONTH)
      .map(([month, minutes]) => ({ kind: 'coverage' as const, personId: row.personId, month, minutes })),
  );
}
