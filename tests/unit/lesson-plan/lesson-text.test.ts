import { describe, expect, it } from 'vitest';
import { clipLessonText, MAX_LESSON_TEXT } from '../../../utils/lesson-plan/lesson-text';
import { PlanInput } from '../../../utils/schema/plan';
import { planInput } from '../db/sample';

describe('lesson text read from the page', () => {
  it('a title longer than the schema allows would make every save fail', () => {
    expect(PlanInput.safeParse(planInput({}, { title: 'x'.repeat(MAX_LESSON_TEXT + 1) })).success).toBe(false);
  });

  it('is clipped so the save is accepted, with an ellipsis', () => {
    const clipped = clipLessonText('Lab report '.repeat(60));
    expect(clipped).toHaveLength(MAX_LESSON_TEXT);
    expect(clipped.endsWith('…')).toBe(true);
    expect(PlanInput.safeParse(planInput({}, { title: clipped, courseName: clipped })).success).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const title = `${'x'.repeat(MAX_LESSON_TEXT - 2)}🧪 and more`;
    const clipped = clipLessonText(title);
    expect(clipped).toBe(`${'x'.repeat(MAX_LESSON_TEXT - 2)}…`);
    expect(clipped.isWellFormed()).toBe(true);
    expect(clipLessonText(`${'x'.repeat(MAX_LESSON_TEXT - 3)}🧪 and more`)).toBe(
      `${'x'.repeat(MAX_LESSON_TEXT - 3)}🧪…`,
    );
  });

  it('leaves ordinary titles alone', () => {
    expect(clipLessonText('Lab Report: Density of Liquids')).toBe('Lab Report: Density of Liquids');
  });
});
