import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { NoteLink } from '../../../utils/schema/note';
import type { PlanContent, PlanInput } from '../../../utils/schema/plan';

export const LAB_REPORT = {
  courseId: '638595247147',
  itemId: '638600123456',
  itemKind: 'a',
  account: '0',
  title: 'Lab Report: Density of Liquids',
  courseName: 'Grade 7 Science',
  dueDate: '2025-09-19',
} as const;

/** A note's link to that lesson, as the popup makes it (a link has no due date). */
export const LAB_REPORT_LINK: NoteLink = {
  courseId: LAB_REPORT.courseId,
  itemId: LAB_REPORT.itemId,
  itemKind: LAB_REPORT.itemKind,
  account: LAB_REPORT.account,
  title: LAB_REPORT.title,
  courseName: LAB_REPORT.courseName,
};

export function planInput(content: Partial<PlanContent> = {}, lesson: Partial<PlanInput['lesson']> = {}): PlanInput {
  return { lesson: { ...LAB_REPORT, ...lesson }, content: { ...emptyPlanContent(), ...content } };
}
