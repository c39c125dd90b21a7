import type { LessonPlan } from '../schema/plan';
import { type DateRange, inRange } from './range';

// Which day a lesson counts on (issue 15): the days it is taught (`taughtOn`) when set, else its due date.
// A lesson taught over several days counts once, on its first day in the range, so "12 lessons" is 12
// lessons and not 12 meetings. A lesson with neither is counted apart as "no date", and the page says so.

export type TeamPlan = Pick<
  LessonPlan,
  | 'lesson'
  | 'model'
  | 'supports'
  | 'stations'
  | 'parallelGroups'
  | 'phases'
  | 'materials'
  | 'taughtOn'
  | 'coverage'
  | 'updatedAt'
>;

export type LessonDay = { kind: 'dated'; date: string } | { kind: 'outside' } | { kind: 'undated' };

export function lessonDay(plan: Pick<TeamPlan, 'lesson' | 'taughtOn'>, range: DateRange): LessonDay {
  const days = plan.taughtOn.length > 0 ? [...plan.taughtOn].sort() : plan.lesson.dueDate ? [plan.lesson.dueDate] : [];
  if (days.length === 0) return { kind: 'undated' };
  const date = days.find((day) => inRange(day, range));
  return date === undefined ? { kind: 'outside' } : { kind: 'dated', date };
}
