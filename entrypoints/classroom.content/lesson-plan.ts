import { entryCssEarly } from '@/utils/content/entry-css';
import type { FeatureRun } from '@/utils/content/features';
import { lazyFeature } from '@/utils/content/lazy';
import { firstLessonRequests } from '@/utils/lesson-plan/first-requests';
import type { Call } from '@/utils/lesson-plan/session';
import { call } from '@/utils/messaging/client';
import { prefetchingCall } from '@/utils/messaging/prefetch';
import { isItemDetails, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import { readPanelOpen } from './panel-preference';

/** What the lesson panel needs before it can paint, already asked for by the time its chunk runs. */
export interface LessonEarly {
  call: Call;
  open: Promise<boolean>;
  css: Promise<string>;
}

/**
 * A lesson's details page: the co-teaching panel (the lesson-plan chunk). Everything it waits for
 * before painting goes out while the chunk loads: the plan, the people and the lesson's notes (the ids
 * come from the URL), the open/collapsed preference, and the panel's stylesheet.
 */
export const lessonPlan = lazyFeature<LessonEarly>({
  name: 'lesson-plan',
  site: 'classroom',
  include: [isItemDetails],
  early: ({ url }: FeatureRun) => {
    const route = parseClassroomUrl(url);
    const lesson = route?.kind === 'details' ? { courseId: route.courseId, itemId: route.itemId } : null;
    return {
      // The same requests, payloads included, as the panel's first loads send (first-requests.ts).
      call: lesson ? prefetchingCall(call, firstLessonRequests(lesson)) : call,
      open: readPanelOpen(),
      css: entryCssEarly(),
    };
  },
});
