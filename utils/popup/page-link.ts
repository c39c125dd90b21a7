import { clipLessonText } from '../lesson-plan/lesson-text';
import { CLASS_PAGES, type UntitledLabels } from '../pages/classroom/describe';
import { parseClassroomUrl } from '../pages/classroom/urls';
import { NoteLink } from '../schema/note';

// Which lesson or class a quick note is about, from the tab the popup was opened over. The Classroom
// content script knows best (it reads the real title from the page); when it cannot answer (the tab was
// open before Tandem was installed, or it is still loading) the tab's URL and title are enough. Which
// pages are about a class is the content script's own list (utils/pages/classroom/describe.ts).

/**
 * The content script's answer to `page.describe`, checked: a NoteLink, null when the page says it is
 * neither a lesson nor a class, and undefined when the answer is missing or malformed (use the URL).
 */
export function linkFromAnswer(answer: unknown): NoteLink | null | undefined {
  if (answer === null) return null;
  const parsed = NoteLink.safeParse(answer);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A link from the tab's URL and title alone: a lesson's details page or a class page; null for any
 * other page (home, gradebook, other sites). `untitled` stands in when the tab has no title.
 */
export function linkFromUrl(
  url: string | undefined,
  title: string | undefined,
  untitled: UntitledLabels,
): NoteLink | null {
  const route = url ? parseClassroomUrl(url) : null;
  if (!route || !('courseId' in route)) return null;
  const account = route.account !== undefined ? { account: route.account } : {};
  const shown = title?.trim();
  if (route.kind === 'details') {
    return {
      courseId: route.courseId,
      itemId: route.itemId,
      itemKind: route.itemKind,
      ...account,
      title: clipLessonText(shown || untitled.lesson),
    };
  }
  if (CLASS_PAGES.has(route.kind)) {
    return { courseId: route.courseId, ...account, title: clipLessonText(shown || untitled.class) };
  }
  return null;
}
