import type { PlanContent } from '../schema/plan';

// Plain helpers for plans, free of schema code so content scripts can use them.

/** Leader value for the classroom teacher using Tandem. */
export const TEACHER = 'teacher';
/** Leader value for a station nobody leads. */
export const INDEPENDENT = 'independent';

/** Deterministic id: the same lesson has the same plan id on every device, so merges line up. */
export function planId(courseId: string, itemId: string): string {
  return `plan:${courseId}:${itemId}`;
}

/**
 * Plan fields that may be absent (issue 15's coverage marks): plans stored before them have none, and
 * emptyPlanContent leaves them out so plans without them stay as they were. A field not in a plan is still one.
 */
export const OPTIONAL_PLAN_FIELDS: readonly string[] = ['coverage'] satisfies (keyof PlanContent)[];

export function emptyPlanContent(): PlanContent {
  return {
    model: null,
    supports: [],
    stations: [],
    groups: [],
    parallelGroups: [],
    phases: [],
    goal: '',
    targetStudents: '',
    materials: [],
    checkHow: '',
    checkCollector: null,
    behaviourSupport: '',
    status: 'draft',
    reflectionWorked: '',
    reflectionChange: '',
    taughtOn: [],
  };
}

/** Only a plan's content fields, from a stored plan (which also holds its id, lesson and times). */
export function pickContent(plan: PlanContent): PlanContent {
  const content = emptyPlanContent();
  for (const key of Object.keys(content) as (keyof PlanContent)[]) {
    (content as Record<string, unknown>)[key] = plan[key];
  }
  // Optional (issue 15): absent from plans made before it and from plans nobody was pulled from. Carried when
  // present, so an edit of any other field keeps the marks (utils/db/plans.ts changePlan starts from this).
  if (plan.coverage !== undefined) content.coverage = plan.coverage;
  return content;
}
