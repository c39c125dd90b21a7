import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { LessonPlan, PlanContent } from '../../../utils/schema/plan';

// Plans for the Team page's aggregation tests: only what the aggregations read, the rest empty.

let counter = 0;
export function plan(content: Partial<PlanContent> = {}, lesson: Partial<LessonPlan['lesson']> = {}): LessonPlan {
  counter++;
  const courseId = lesson.courseId ?? '111';
  const itemId = lesson.itemId ?? String(900000 + counter);
  return {
    id: `plan:${courseId}:${itemId}`,
    lesson: { courseId, itemId, itemKind: 'a', title: `Lesson ${counter}`, courseName: 'Grade 7 Science', ...lesson },
    ...emptyPlanContent(),
    ...content,
    createdAt: '2026-09-01T12:00:00.000Z',
    updatedAt: '2026-09-01T12:00:00.000Z',
  };
}
