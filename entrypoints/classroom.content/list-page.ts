import { entryCssEarly } from '@/utils/content/entry-css';
import type { Feature, FeatureRun } from '@/utils/content/features';
import { loadChunk } from '@/utils/content/lazy';
import { call } from '@/utils/messaging/client';
import { isListPage, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import type { PlanSummary } from '@/utils/schema/plan';
import { showListBadges } from './list-badges';

/** What the class summary needs before it can paint, asked for while its chunk loads. */
export interface SummaryEarly {
  plans: Promise<PlanSummary[] | null>;
  css: Promise<string>;
  /** "How the team works": asks the background to open the Team page for this class (issue 15). Passed in, so
   * the chunk does not carry a second copy of the messaging client. */
  openTeam: () => void;
}

interface ClassSummaryModule {
  init: (run: FeatureRun, early: SummaryEarly) => Promise<void>;
}

/**
 * Stream, Classwork and topic pages: a badge on every lesson row (always-loaded code, no Preact, no zod)
 * and the class summary above them (a chunk, imported while the course's plans are asked for). Both use
 * the one answer to one request.
 */
export const listPage: Feature = {
  name: 'list-page',
  include: [isListPage],
  async init(run) {
    const route = parseClassroomUrl(run.url);
    if (!route || !('courseId' in route)) return;
    const plans = call('plan.listForCourse', { courseId: route.courseId }).then((result) =>
      result.ok ? result.data : null,
    );
    const css = entryCssEarly();
    const summary = loadChunk<ClassSummaryModule>('classroom', 'class-summary').then((module) =>
      run.signal.aborted
        ? undefined
        : module.init(run, { plans, css, openTeam: () => void call('team.open', { courseId: route.courseId }) }),
    );
    await Promise.all([showListBadges(route, plans, run.signal), summary]);
  },
};
