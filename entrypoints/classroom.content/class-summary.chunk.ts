import { paintClassSummary } from '@/components/class-summary/class-summary-view';
import { entryCss } from '@/utils/content/entry-css';
import type { FeatureRun } from '@/utils/content/features';
import { onDomChange } from '@/utils/content/observe';
import { type ClassSummary as Summary, summarizeClass } from '@/utils/lesson-plan/summary';
import { readListDueDates } from '@/utils/pages/classroom/list-due-dates';
import { type ClassroomRoute, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import type { SummaryEarly } from './list-page';
import { mountInMain } from './mount';

/**
 * The class summary at the top of Stream and Classwork. Classroom renders the new view after the URL
 * changes (and may show the previous view's rows meanwhile), and adds rows as the teacher scrolls or
 * expands topics, so the summary is recomputed whenever the page's rows change. A chunk
 * (utils/build/lazy-chunks.ts) started by list-page.ts, which shares the course's plans with the badges.
 */
export async function init({ url, signal, ctx }: FeatureRun, early: SummaryEarly): Promise<void> {
  const route = parseClassroomUrl(url);
  if (!route || !('courseId' in route)) return;
  // The summary's CSS was fetched while the chunk loaded and the plans were asked for, not after.
  void entryCss(ctx, early.css);
  const plans = await early.plans;
  if (signal.aborted) return;

  let summary = plans === null ? null : compute(route, plans);
  let container: HTMLElement | null = null;
  // "How the team works": the Team page for this class, opened by the background (a Google page cannot open an
  // extension page itself).
  const paint = () => {
    if (container) paintClassSummary(container, summary, early.openTeam);
  };
  await mountInMain(ctx, {
    name: 'tandem-summary',
    signal,
    render: (element) => {
      container = element;
      paint();
    },
    unrender: (element) => element.replaceChildren(),
  });
  if (plans === null || signal.aborted) return;

  const refresh = () => {
    if (signal.aborted) return;
    const next = compute(route, plans);
    if (JSON.stringify(next) === JSON.stringify(summary)) return;
    summary = next;
    paint();
  };
  onDomChange(refresh, signal);
  // The page may have changed while the UI was mounting, before the observer existed.
  refresh();
}

function compute(route: ClassroomRoute, plans: Parameters<typeof summarizeClass>[1]): Summary {
  const now = new Date();
  return summarizeClass(readListDueDates(document, route, now), plans, now);
}
