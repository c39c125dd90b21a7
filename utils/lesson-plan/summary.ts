import { localDate } from '../planning-time/dates';
import type { PlanSummary } from '../schema/plan';
import type { ModelId } from '../schema/vocabulary';
import { leadAndRoamInSummaries } from '../team/summary-nudge';
import { MODEL_IDS } from '../vocabulary';

// The class summary on Stream and Classwork: how many lessons due in the next two weeks have a plan,
// and which models the class's plans use. Pure, so it is tested with a fixed "today".

export const WINDOW_DAYS = 14;

export interface LessonOnPage {
  itemId: string;
  dueDate: string | null;
}

export interface ClassSummary {
  /** Lessons due from today through the next 14 days, from the page and from stored plans. */
  upcoming: { planned: number; unplanned: number };
  /** Lessons on this page, with and without a plan, whatever their date. */
  onPage: { planned: number; total: number };
  /** Plans per model for the whole class, most used first; plans without a model are left out. */
  modelMix: { model: ModelId; count: number }[];
  /** The Team page's Lead-and-roam nudge, when the class's last lessons show the pattern (issue 15). */
  leadAndRoam: { count: number; of: number } | null;
}

export function summarizeClass(
  items: readonly LessonOnPage[],
  plans: readonly PlanSummary[],
  today: Date,
): ClassSummary {
  const planned = new Set(plans.map((plan) => plan.itemId));
  const from = localDate(today);
  const until = localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + WINDOW_DAYS));
  const inWindow = (date: string | null | undefined): boolean => !!date && date >= from && date <= until;

  // The page's due date wins (it is current); a stored plan's date covers lessons not shown on this page.
  const due = new Map<string, string>();
  for (const plan of plans) if (plan.dueDate) due.set(plan.itemId, plan.dueDate);
  for (const item of items) if (item.dueDate) due.set(item.itemId, item.dueDate);
  const upcoming = { planned: 0, unplanned: 0 };
  for (const [itemId, date] of due) {
    if (!inWindow(date)) continue;
    if (planned.has(itemId)) upcoming.planned++;
    else upcoming.unplanned++;
  }

  const uniqueItems = new Set(items.map((item) => item.itemId));
  const onPage = { planned: [...uniqueItems].filter((id) => planned.has(id)).length, total: uniqueItems.size };

  const counts = new Map<ModelId, number>();
  for (const plan of plans) if (plan.model) counts.set(plan.model, (counts.get(plan.model) ?? 0) + 1);
  const modelMix = [...counts]
    .map(([model, count]) => ({ model, count }))
    .sort((a, b) => b.count - a.count || MODEL_IDS.indexOf(a.model) - MODEL_IDS.indexOf(b.model));

  return { upcoming, onPage, modelMix, leadAndRoam: leadAndRoamInSummaries(plans, from) };
}
