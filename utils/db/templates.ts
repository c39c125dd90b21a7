import { copyablePart } from '../lesson-plan/copy-plan';
import { newId, nowIso } from '../schema/common';
import type { LessonPlan } from '../schema/plan';
import type { NewPlanTemplate, PlanTemplate } from '../schema/plan-template';
import type { TandemDatabase } from './database';

// Reuse (issue 14): the teacher's plan templates, and what a lesson can be copied from.

/** How many of a class's lessons "Copy plan from…" offers: the recent ones are the ones reused. */
export const MAX_RECENT_LESSONS = 10;

/** A lesson of the same class to copy from, with what the panel shows to tell lessons apart. */
export interface LessonCopySource {
  planId: string;
  title: string;
  model: LessonPlan['model'];
  /** The supporting adults' names, in the plan's order. */
  adults: string[];
  content: PlanTemplate['content'];
}

export interface CopySources {
  lessons: LessonCopySource[];
  templates: PlanTemplate[];
}

export async function listTemplates(db: TandemDatabase): Promise<PlanTemplate[]> {
  const all = await db.templates.toArray();
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

export async function saveTemplate(db: TandemDatabase, input: NewPlanTemplate): Promise<PlanTemplate> {
  const now = nowIso();
  const template: PlanTemplate = {
    id: newId('template'),
    name: input.name,
    content: copyablePart(input.content),
    createdAt: now,
    updatedAt: now,
  };
  await db.templates.add(template);
  return template;
}

export async function deleteTemplate(db: TandemDatabase, id: string): Promise<void> {
  await db.templates.delete(id);
}

/**
 * The class's other lessons that have something to copy, most recently edited first, and every template.
 * A plan without a model or adults has nothing worth offering.
 */
export async function listCopySources(db: TandemDatabase, courseId: string, itemId: string): Promise<CopySources> {
  const [plans, people, templates] = await Promise.all([
    db.plans.where('lesson.courseId').equals(courseId).toArray(),
    db.people.toArray(),
    listTemplates(db),
  ]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  const lessons = plans
    .filter((plan) => plan.lesson.itemId !== itemId && (plan.model !== null || plan.supports.length > 0))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, MAX_RECENT_LESSONS)
    .map((plan) => ({
      planId: plan.id,
      title: plan.lesson.title,
      model: plan.model,
      adults: plan.supports.map((support) => names.get(support.personId) ?? '').filter(Boolean),
      content: copyablePart(plan),
    }));
  return { lessons, templates };
}
