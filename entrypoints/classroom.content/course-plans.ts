import { call } from '@/utils/messaging/client';
import type { PlanSummary } from '@/utils/schema/plan';

/**
 * The course's plan summaries for list pages. Both list features on a page ask at once, so the one
 * request is shared for the lifetime of a page view (keyed by course and the abort signal).
 */
const pending = new WeakMap<AbortSignal, Map<string, Promise<PlanSummary[] | null>>>();

export function coursePlans(courseId: string, signal: AbortSignal): Promise<PlanSummary[] | null> {
  let byCourse = pending.get(signal);
  if (!byCourse) {
    byCourse = new Map();
    pending.set(signal, byCourse);
  }
  let request = byCourse.get(courseId);
  if (!request) {
    request = call('plan.listForCourse', { courseId }).then((result) => (result.ok ? result.data : null));
    byCourse.set(courseId, request);
  }
  return request;
}
