import type { FeatureRun } from '@/utils/content/features';
import { lazyFeature } from '@/utils/content/lazy';
import { call } from '@/utils/messaging/client';
import { prefetchingCall } from '@/utils/messaging/prefetch';
import { isItemDetails, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import type { Call } from '@/utils/plans/session';

/**
 * A lesson's details page: the co-teaching panel (the lesson-panel chunk). Its first requests, the
 * plan, the people and the lesson's notes, go out while the chunk loads; the ids come from the URL.
 */
export const lessonPage = lazyFeature<Call>({
  name: 'lesson-panel',
  site: 'classroom',
  include: [isItemDetails],
  early: ({ url }: FeatureRun) => {
    const route = parseClassroomUrl(url);
    if (route?.kind !== 'details') return call;
    const lesson = { courseId: route.courseId, itemId: route.itemId };
    // The same requests, payloads included, as utils/plans/session.ts and lesson-notes.ts send first.
    return prefetchingCall(call, [
      ['plan.get', lesson],
      ['people.list', {}],
      ['notes.forLesson', lesson],
      ['people.list', { includeArchived: true }],
    ]);
  },
});
