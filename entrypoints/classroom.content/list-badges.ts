import { onDomChange } from '@/utils/content/observe';
import { readListRows } from '@/utils/pages/classroom/list-rows';
import { type ClassroomRoute, detailsUrl } from '@/utils/pages/classroom/urls';
import type { PlanSummary } from '@/utils/schema/plan';
import { BADGE_TAG, createBadge, paintBadge } from './badge';

/**
 * Badges on Classwork, topic pages and the Stream: every lesson row gets one, planned or not. Rows
 * Classroom adds later (scrolling, "View more", expanding a topic) are badged by the observer; a row
 * that already has our badge is left alone, so re-renders never duplicate it.
 */
export async function showListBadges(
  route: Extract<ClassroomRoute, { courseId: string }>,
  coursePlans: Promise<PlanSummary[] | null>,
  signal: AbortSignal,
): Promise<void> {
  const summaries = await coursePlans;
  if (signal.aborted || summaries === null) return; // the summary says it could not load; no false "No plan yet"
  const plans = new Map<string, PlanSummary>(summaries.map((plan) => [plan.itemId, plan]));

  const decorate = () => {
    for (const row of readListRows(document, route)) {
      if (row.element.querySelector(`:scope > ${BADGE_TAG}`)) continue;
      const badge = createBadge(
        row.itemId,
        detailsUrl({ account: route.account, courseId: route.courseId, itemId: row.itemId, itemKind: row.itemKind }),
      );
      paintBadge(badge, plans.get(row.itemId));
      row.element.append(badge);
    }
  };
  decorate();

  onDomChange(decorate, signal);
  signal.addEventListener(
    'abort',
    () => {
      for (const badge of document.querySelectorAll(BADGE_TAG)) badge.remove();
    },
    { once: true },
  );
}
