import { entryCssEarly } from '@/utils/content/entry-css';
import type { FeatureRun } from '@/utils/content/features';
import { lazyFeature, loadChunk } from '@/utils/content/lazy';
import { firstLessonRequests } from '@/utils/lesson-plan/first-requests';
import type { Call } from '@/utils/lesson-plan/session';
import { call } from '@/utils/messaging/client';
import { prefetchingCall } from '@/utils/messaging/prefetch';
import { isItemDetails, parseClassroomUrl } from '@/utils/pages/classroom/urls';
import { readPanelOpen } from './panel-preference';
import type { mountPlanEditor } from './plan-editor.chunk';

/** The full plan's chunk (plan-editor.chunk.tsx), loaded only when a teacher opens the full plan. */
export interface PlanEditorModule {
  mountPlanEditor: typeof mountPlanEditor;
}

/** What the lesson panel needs before it can paint, already asked for by the time its chunk runs. */
export interface LessonEarly {
  call: Call;
  open: Promise<boolean>;
  css: Promise<string>;
  /** The full plan's chunk when the teacher left it open (null when closed); fetched beside the panel's. */
  fullPlan: Promise<PlanEditorModule | null>;
}

/**
 * A lesson's details page: the co-teaching panel (the lesson-plan chunk). Everything it waits for
 * before painting goes out while the chunk loads: the plan, the people, the class's other plans (for the quick
 * models) and the lesson's notes (the ids come from the URL), the open/compact preference, the panel's
 * stylesheet, and the full plan's chunk when the teacher keeps it open.
 */
export const lessonPlan = lazyFeature<LessonEarly>({
  name: 'lesson-plan',
  site: 'classroom',
  include: [isItemDetails],
  early: ({ url }: FeatureRun) => {
    const route = parseClassroomUrl(url);
    const lesson = route?.kind === 'details' ? { courseId: route.courseId, itemId: route.itemId } : null;
    const open = readPanelOpen();
    return {
      // The same requests, payloads included, as the panel's first loads send (first-requests.ts).
      call: lesson ? prefetchingCall(call, firstLessonRequests(lesson)) : call,
      open,
      css: entryCssEarly(),
      fullPlan: open.then((isOpen) => (isOpen ? loadChunk<PlanEditorModule>('classroom', 'plan-editor') : null)),
    };
  },
});
