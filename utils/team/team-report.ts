import type { LostOccurrence, PlanningBlock } from '../schema/calendar';
import type { Note } from '../schema/note';
import type { Person } from '../schema/person';
import { type CoverageRow, coverageByMonth } from './coverage-minutes';
import type { TeamPlan } from './lesson-day';
import { type MixRow, modelMix } from './model-mix';
import { type Nudge, nudges } from './nudges';
import { type PlanningWeek, planningByWeek } from './planning-weeks';
import { type DateRange, monthsOf } from './range';
import { type RolesRow, rolesHeld } from './roles-held';
import { selectLessons } from './select-lessons';
import { thankYousByPerson } from './thank-yous';
import { type LeadsMonth, whoLeadsByMonth } from './who-leads';

// Everything the Team page (issue 15) shows for one choice of class and range, from stored records: the page
// and its print, tables and CSV files render this one report.

export interface TeamData {
  plans: readonly TeamPlan[];
  people: readonly Person[];
  blocks: readonly PlanningBlock[];
  lost: readonly LostOccurrence[];
  /** Thank-you notes (other kinds are ignored). */
  thankYous: readonly Pick<Note, 'kind' | 'personId' | 'createdAt' | 'link'>[];
}

export interface TeamChoice {
  /** null = all classes. */
  courseId: string | null;
  range: DateRange;
}

export interface TeamReport {
  lessons: number;
  undated: number;
  months: string[];
  mix: MixRow[];
  roles: RolesRow[];
  leads: LeadsMonth[];
  planning: PlanningWeek[];
  coverage: CoverageRow[];
  thanks: Map<string, number>;
  nudges: Nudge[];
}

export function teamReport(data: TeamData, choice: TeamChoice, dayOf?: (timestamp: string) => string): TeamReport {
  const { lessons, undated } = selectLessons(data.plans, choice.courseId, choice.range);
  const months = monthsOf(choice.range);
  const roles = rolesHeld(lessons);
  const planning = planningByWeek(data.blocks, data.lost, choice.range);
  const coverage = coverageByMonth(lessons, months);
  const leads = whoLeadsByMonth(lessons, months);
  return {
    lessons: lessons.length,
    undated,
    months,
    mix: modelMix(lessons),
    roles,
    leads,
    planning,
    coverage,
    thanks: thankYousByPerson(data.thankYous, choice.courseId, choice.range, dayOf),
    nudges: nudges({ lessons, roles, leads, planning, coverage }),
  };
}
