/**
 * The longest lesson title or class name stored with a plan (LessonRef in utils/schema/plan.ts). Text
 * read from Google's page can be longer; it is cut here so a long title never makes saving fail.
 */
export const MAX_LESSON_TEXT = 200;

export function clipLessonText(text: string): string {
  return text.length > MAX_LESSON_TEXT ? `${text.slice(0, MAX_LESSON_TEXT - 1)}…` : text;
}
