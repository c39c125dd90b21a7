import type { ModelId, RoleId } from '../schema/vocabulary';
import type { TeamPlan } from './lesson-day';
import type { DatedLesson } from './select-lessons';

// Who leads (issue 15): in how many lessons the teacher led instruction, and each supporting adult, month by
// month. Co-teaching guidance asks for leading to rotate: a push-in educator is an instructor, not only help.
// An adult leads a lesson when they lead a station or a parallel group, teach a small group, or co-teach in
// Team teaching. The teacher leads when they lead a station or group, or the lesson (or a phase) is a
// whole-class model they teach (Lead and roam, Alternative's large group, Team, One teach one observe) or has
// no model yet (the teacher teaches it as usual). Several can lead the same lesson.

export const TEACHER = 'teacher';

const LEADING_ROLES: ReadonlySet<RoleId> = new Set(['lead-station', 'lead-parallel-group', 'small-group']);
const TEACHER_LED_MODELS: ReadonlySet<ModelId | null> = new Set([
  'lead-and-roam',
  'alternative',
  'team',
  'observe',
  null,
]);

/** `teacher` and the person ids that lead part of the lesson. */
export function leadersOf(plan: Pick<TeamPlan, 'model' | 'supports' | 'phases' | 'stations' | 'parallelGroups'>) {
  const leaders = new Set<string>();
  const parts =
    plan.phases.length > 0
      ? plan.phases.map((phase) => ({ model: phase.model ?? plan.model, supports: phase.supports }))
      : [];
  const whole = { model: plan.model, supports: plan.supports };
  for (const part of [whole, ...parts]) {
    if (part === whole && parts.length > 0 && plan.supports.length === 0) continue; // the phases say it all
    if (TEACHER_LED_MODELS.has(part.model)) leaders.add(TEACHER);
    for (const support of part.supports)
      if (LEADING_ROLES.has(support.role) || part.model === 'team') leaders.add(support.personId);
  }
  for (const leader of [...plan.stations.map((s) => s.leader), ...plan.parallelGroups.map((g) => g.leader)])
    if (leader !== 'independent') leaders.add(leader);
  return leaders;
}

export interface LeadsMonth {
  month: string;
  lessons: number;
  /** Lessons led, by `teacher` or person id. */
  led: Map<string, number>;
}

/** One entry per month in `months` (months without lessons included, with 0). */
export function whoLeadsByMonth(lessons: readonly DatedLesson[], months: readonly string[]): LeadsMonth[] {
  const byMonth = new Map(months.map((month) => [month, { month, lessons: 0, led: new Map<string, number>() }]));
  for (const { plan, date } of lessons) {
    const entry = byMonth.get(date.slice(0, 7));
    if (!entry) continue;
    entry.lessons++;
    for (const leader of leadersOf(plan)) entry.led.set(leader, (entry.led.get(leader) ?? 0) + 1);
  }
  return [...byMonth.values()];
}
