import * as z from 'zod/mini';
import { LessonRef, PlanContent } from './plan';

// One tab's edits to a lesson's plan, field by field, each with the moment it was made. The background
// applies a field only when no later edit of that field is stored (utils/db/plans.ts, changePlan), so two
// tabs editing different fields both keep theirs, and on the same field the later edit wins whatever
// order the saves arrive in (issue 11: a save may wait in the outbox while the worker is stopped).

export const PLAN_FIELDS = Object.keys(PlanContent.shape) as [keyof PlanContent, ...(keyof PlanContent)[]];
export const PlanField = z.enum(PLAN_FIELDS);
export type PlanField = z.infer<typeof PlanField>;

/**
 * Milliseconds since 1970 (Date.now()) when a field was last edited, with a random fraction so that two
 * tabs editing in the same millisecond still have one later edit (utils/lesson-plan/session.ts); a clock decades
 * off is refused.
 */
export const EditTime = z.number().check(z.minimum(1_500_000_000_000), z.maximum(4_000_000_000_000));

export const PlanChange = z
  .strictObject({
    lesson: LessonRef,
    content: z.partial(z.strictObject(PlanContent.shape)),
    editedAt: z.partialRecord(PlanField, EditTime),
  })
  .check(
    z.refine((change) => Object.keys(change.content).length > 0, 'A change names at least one field'),
    z.refine(
      (change) => Object.keys(change.content).every((field) => field in change.editedAt),
      'Every changed field has the time it was edited',
    ),
  );
export type PlanChange = z.infer<typeof PlanChange>;
