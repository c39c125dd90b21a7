import { lessonDay, type TeamPlan } from './lesson-day';
import type { DateRange } from './range';

// The lessons the Team page counts: one class or all, in a range of days (utils/team/lesson-day.ts says which
// day a lesson counts on).

export interface DatedLesson<P extends TeamPlan = TeamPlan> {
  plan: P;
  date: string;
}

export interface LessonSelection<P extends TeamPlan = TeamPlan> {
  /** Oldest first. */
  lessons: DatedLesson<P>[];
  /** Lessons of the chosen class(es) with neither a day taught nor a due date: not in any range. */
  undated: number;
}

/** `courseId` null = all classes. */
export function selectLessons<P extends TeamPlan>(
  plans: readonly P[],
  courseId: string | null,
  range: DateRange,
): LessonSelection<P> {
  const lessons: DatedLesson<P>[] = [];
  let undated = 0;
  for (const plan of plans) {
    if (courseId !== null && plan.lesson.courseId !== courseId) continue;
    const day = lessonDay(plan, range);
    if (day.kind === 'undated') undated++;
    else if (day.kind === 'dated') lessons.push({ plan, date: day.date });
  }
  lessons.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { lessons, undated };
}
