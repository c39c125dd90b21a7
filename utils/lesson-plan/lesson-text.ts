/**
 * The longest lesson title or class name stored with a plan (LessonRef in utils/schema/plan.ts). Text
 * read from Google's page can be longer; it is cut here so a long title never makes saving fail.
 */
export const MAX_LESSON_TEXT = 200;

export function clipLessonText(text: string): string {
  if (text.length <= MAX_LESSON_TEXT) return text;
  // Never between the two halves of an emoji: a lone half stored in a title breaks every link built from it.
  const cut = isHighSurrogate(text.charCodeAt(MAX_LESSON_TEXT - 2)) ? MAX_LESSON_TEXT - 2 : MAX_LESSON_TEXT - 1;
  return `${text.slice(0, cut)}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
