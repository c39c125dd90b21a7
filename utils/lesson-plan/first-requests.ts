import type { Prefetch } from '../messaging/prefetch';

/**
 * What a lesson's panel asks the background for first, payloads included: the plan and people
 * (utils/lesson-plan/session.ts load), the class's plans (the compact plan's quick models,
 * entrypoints/classroom.content/lesson-plan.chunk.tsx) and the lesson's notes with everyone they may name
 * (entrypoints/classroom.content/lesson-notes.ts load). lesson-plan.ts sends these while the panel's chunk
 * loads; tests/unit/lesson-plan/first-requests.test.ts checks they are exactly what those loads send, so a
 * changed payload cannot silently turn the prefetch into a second round of requests.
 */
export function firstLessonRequests(lesson: { courseId: string; itemId: string }): Prefetch[] {
  const ids = { courseId: lesson.courseId, itemId: lesson.itemId };
  return [
    ['plan.get', ids],
    ['people.list', {}],
    ['plan.listForCourse', { courseId: lesson.courseId }],
    ['notes.forLesson', ids],
    ['people.list', { includeArchived: true }],
  ];
}
