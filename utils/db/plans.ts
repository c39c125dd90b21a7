import { emptyPlanContent, pickContent, planId } from '../lesson-plan/defaults';
import { nowIso } from '../schema/common';
import type { LessonPlan, PlanContent, PlanInput, PlanSummary } from '../schema/plan';
import type { PlanChange } from '../schema/plan-change';
import type { TandemDatabase } from './database';
import { applyFieldEdits } from './field-times';
import { refuseIfShared } from './shared-plans';

export async function getPlan(db: TandemDatabase, courseId: string, itemId: string): Promise<LessonPlan | null> {
  return (await db.plans.get(planId(courseId, itemId))) ?? null;
}

/**
 * Creates or replaces a lesson's plan. `createdAt` survives every save; `updatedAt` moves, so a later
 * merge can keep the newer record. The page's title and due date are refreshed on each save because
 * teachers rename lessons in Classroom.
 */
export async function savePlan(db: TandemDatabase, input: PlanInput): Promise<LessonPlan> {
  const id = planId(input.lesson.courseId, input.lesson.itemId);
  return db.transaction('rw', db.plans, async () => {
    const previous = await db.plans.get(id);
    refuseIfShared(previous);
    const now = nowIso();
    const plan: LessonPlan = {
      id,
      lesson: keepKnownLessonFacts(input.lesson, previous?.lesson),
      ...input.content,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.plans.put(plan);
    return plan;
  });
}

/**
 * Applies one tab's field edits to a lesson's plan (creating it on the first edit). A field is written
 * only when its edit is at least as recent as the last one stored for that field, so edits from two
 * tabs, or a save that waited in the outbox while the worker was stopped, merge field by field and the
 * later edit of a field wins whatever order they arrive in. Applying the same change twice changes
 * nothing more, which lets the outbox retry freely (utils/saving/drain.ts).
 */
export async function changePlan(db: TandemDatabase, change: PlanChange): Promise<LessonPlan> {
  const id = planId(change.lesson.courseId, change.lesson.itemId);
  return db.transaction('rw', db.plans, db.fieldTimes, async () => {
    const previous = await db.plans.get(id);
    // Someone else's plan (a partner file) is read-only until made one's own (utils/db/shared-plans.ts).
    refuseIfShared(previous);
    const content: PlanContent = previous ? pickContent(previous) : emptyPlanContent();
    const applied = await applyFieldEdits(db, id, content, change.content, (field) => change.editedAt[field] ?? 0);
    // A change that was all superseded leaves the record as it was (a backup merge reads updatedAt).
    if (previous && applied.length === 0) return previous;
    const now = nowIso();
    const plan: LessonPlan = {
      id,
      lesson: keepKnownLessonFacts(change.lesson, previous?.lesson),
      ...content,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.plans.put(plan);
    return plan;
  });
}

/** When Google's page could not be read this time, keep what an earlier visit read rather than blank it. */
function keepKnownLessonFacts(next: LessonPlan['lesson'], previous: LessonPlan['lesson'] | undefined) {
  if (!previous) return next;
  return {
    ...next,
    title: next.title || previous.title,
    courseName: next.courseName || previous.courseName,
    ...(next.dueDate || previous.dueDate ? { dueDate: next.dueDate ?? previous.dueDate } : {}),
  };
}

/** Everything list pages need to badge a course's items, with supporting adults' names resolved. */
export async function listPlanSummaries(db: TandemDatabase, courseId: string): Promise<PlanSummary[]> {
  const [plans, people] = await Promise.all([
    db.plans.where('lesson.courseId').equals(courseId).toArray(),
    db.people.toArray(),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  return plans.map((plan) => ({
    itemId: plan.lesson.itemId,
    model: plan.model,
    status: plan.status,
    supportNames: [...new Set(plan.supports.map((support) => names.get(support.personId)).filter(isString))],
    ...(plan.lesson.dueDate ? { dueDate: plan.lesson.dueDate } : {}),
  }));
}

function isString(value: string | undefined): value is string {
  return typeof value === 'string';
}
