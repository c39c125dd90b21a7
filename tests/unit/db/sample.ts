import { emptyPlanContent } from '../../../utils/plans/defaults';
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

export function planInput(content: Partial<PlanContent> = {}, lesson: Partial<PlanInput['lesson']> = {}): PlanInput {
  return { lesson: { ...LAB_REPORT, ...lesson }, content: { ...emptyPlanContent(), ...content } };
}
