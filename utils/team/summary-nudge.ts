import type { PlanSummary } from '../schema/plan';
import { LEAD_AND_ROAM_MIN, LEAD_AND_ROAM_WINDOW } from './nudge-thresholds';

/**
 * The Lead-and-roam nudge for the class summary on Classwork and the Stream (issue 15), from what a list page
 * has: the class's plan summaries (model and due date, no phases). The same threshold as the Team page
 * (nudge-thresholds.ts), over the class's last LEAD_AND_ROAM_WINDOW planned lessons due by `today`, by due date;
 * a lesson's model stands for the whole lesson here (the Team page counts phases by their share). Null when the
 * pattern is not there, or there are too few lessons to say.
 */
export function leadAndRoamInSummaries(
  plans: readonly PlanSummary[],
  today: string,
): { count: number; of: number } | null {
  const past = plans
    .filter((plan) => plan.model !== null && plan.dueDate !== undefined && plan.dueDate <= today)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  if (past.length < LEAD_AND_ROAM_WINDOW) return null;
  const last = past.slice(-LEAD_AND_ROAM_WINDOW);
  const count = last.filter((plan) => plan.model === 'lead-and-roam').length;
  return count >= LEAD_AND_ROAM_MIN ? { count, of: last.length } : null;
}
