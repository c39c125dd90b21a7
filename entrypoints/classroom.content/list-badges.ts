import type { Feature } from '@/utils/content/features';
import { onDomChange } from '@/utils/content/observe';
import { readListItems } from '@/utils/pages/classroom/read-list';
import { detailsUrl, isListPage, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import type { PlanSummary } from '@/utils/schema/plan';
import { BADGE_TAG, createBadge, paintBadge } from './badge';
import { coursePlans } from './course-plans';

/**
 * Badges on Classwork, topic pages and the Stream: every lesson row gets one, planned or not. Rows
 * Classroom adds later (scrolling, "View more", expanding a topic) are badged by the observer; a row
 * that already has our badge is left alone, so re-renders never duplicate it.
 */
export const listBadges: Feature = {
  name: 'list-badges',
  include: [isListPage],
  async init({ url, signal }) {
    const route = parseClassroomUrl(url);
    if (!route || !('courseId' in route)) return;
    const summaries = await coursePlans(route.courseId, signal);
    if (signal.aborted || summaries === null) return; // the summary says it could not load; no false "No plan yet"
    const plans = new Map<string, PlanSummary>(summaries.map((plan) => [plan.itemId, plan]));

    const decorate = () => {
      for (const item of readListItems(document, route, new Date())) {
        if (item.element.querySelector(`:scope > ${BADGE_TAG}`)) continue;
        const badge = createBadge(
          item.itemId,
          detailsUrl({
            account: route.account,
            courseId: route.courseId,
            itemId: item.itemId,
            itemKind: item.itemKind,
          }),
        );
        paintBadge(badge, plans.get(item.itemId));
        item.element.append(badge);
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
  },
};
