import { render } from 'preact';
import { ClassSummary } from '@/components/class-summary/ClassSummary';
import type { Feature } from '@/utils/content/features';
import { waitFor } from '@/utils/content/wait-for';
import { readListItems } from '@/utils/pages/classroom/read-list';
import { isListPage, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import { summarizeClass } from '@/utils/plans/summary';
import { coursePlans } from './course-plans';
import { mountInMain } from './mount';

const ROWS_TIMEOUT_MS = 3000;

/** The class summary at the top of Stream and Classwork. */
export const classSummary: Feature = {
  name: 'class-summary',
  include: [isListPage],
  async init({ url, signal, ctx }) {
    const route = parseClassroomUrl(url);
    if (!route || !('courseId' in route)) return;
    const [plans] = await Promise.all([
      coursePlans(route.courseId, signal),
      // Rows render after the URL changes; an empty class simply times out and counts zero.
      waitFor(() => (readListItems(document, route, new Date()).length > 0 ? true : null), {
        signal,
        timeoutMs: ROWS_TIMEOUT_MS,
      }),
    ]);
    if (signal.aborted) return;
    const now = new Date();
    const items = readListItems(document, route, now).map(({ itemId, dueDate }) => ({ itemId, dueDate }));
    const summary = plans === null ? null : summarizeClass(items, plans, now);
    await mountInMain(ctx, {
      name: 'tandem-summary',
      signal,
      render: (container) => render(<ClassSummary summary={summary} />, container),
      unrender: (container) => render(null, container),
    });
  },
};
