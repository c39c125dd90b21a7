import { planId } from '../lesson-plan/defaults';
import { nowIso } from '../schema/common';
import type { LessonPlan } from '../schema/plan';
import type { TandemDatabase } from './database';

// Plans that came in a partner file (issue 13; utils/backup/partner-merge.ts): someone else's plan, read-only
// here until the receiver makes it their own. The background refuses edits to them (utils/db/plans.ts), so
// a tab that still shows an editor, or a forged message, cannot change one.

/**
 * Thrown when a request would edit a shared plan. The message handler answers it with `bad-request`, which
 * the outbox treats as "can never be stored" (utils/saving/drain.ts): the change is dropped and the tab told,
 * never retried.
 */
export class SharedPlanRefused extends Error {
  constructor(readonly planId: string) {
    super(`${planId} is shared with you and read only: make your own copy to edit it`);
    this.name = 'SharedPlanRefused';
  }
}

/** Refuses when the stored plan is a shared one; call inside the writing transaction. */
export function refuseIfShared(plan: LessonPlan | undefined): void {
  if (plan?.sharedBy) throw new SharedPlanRefused(plan.id);
}

/**
 * Makes a shared plan the receiver's own: the mark goes, and from then on it is edited like any plan of theirs
 * and a later partner file never replaces it. `updatedAt` moves, since this is a change a merge should see.
 * Returns the plan (unchanged when it was already their own), or null when there is none.
 */
export async function makeOwnCopy(db: TandemDatabase, courseId: string, itemId: string): Promise<LessonPlan | null> {
  const id = planId(courseId, itemId);
  return db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(id);
    if (!plan?.sharedBy) return plan ?? null;
    const { sharedBy: _mark, ...own } = plan;
    const next: LessonPlan = { ...own, updatedAt: nowIso() };
    await db.plans.put(next);
    return next;
  });
}

/** Every shared plan, newest mark first, for the options page's "Shared with you". */
export async function listSharedPlans(db: TandemDatabase): Promise<LessonPlan[]> {
  // Few plans are shared, and no index names the mark: a scan of the plans is cheap next to a page load.
  const shared = await db.plans.filter((plan) => plan.sharedBy !== undefined).toArray();
  return shared.sort(
    (a, b) =>
      (b.sharedBy?.at ?? '').localeCompare(a.sharedBy?.at ?? '') || a.lesson.title.localeCompare(b.lesson.title),
  );
}
