import { clipLessonText } from '../../lesson-plan/lesson-text';
import type { NoteLink } from '../../schema/note';
import { readCourseName } from './read-course';
import { readDetails } from './read-details';
import { type ClassroomRoute, parseClassroomUrl } from './urls';

// What a Classroom page is about, for linking a quick note to it (the popup asks with `page.describe`).
// Ids come from the URL; only the title and class name are read from the page, through the same
// readers the lesson panel uses. A title is never empty: when Google's page hides it, the class name or
// a generic label stands in, so the popup can still show (and the teacher remove) the link.

/** Words to use when the page shows no title at all (translated by the caller). */
export interface UntitledLabels {
  lesson: string;
  class: string;
}

/** Pages about a whole class: its stream, its classwork (all or one topic) and its people. */
export const CLASS_PAGES: ReadonlySet<ClassroomRoute['kind']> = new Set(['stream', 'classwork', 'topic', 'people']);

/** The lesson or class `url` shows, or null for home and every other page. Never throws. */
export function describePage(
  url: URL | string,
  root: ParentNode,
  now: Date,
  untitled: UntitledLabels,
): NoteLink | null {
  const route = parseClassroomUrl(url);
  if (!route || !('courseId' in route)) return null;
  const account = route.account !== undefined ? { account: route.account } : {};

  if (route.kind === 'details') {
    const reading = readDetails(root, route, now);
    const courseName = reading.courseName ? { courseName: clipLessonText(reading.courseName) } : {};
    return {
      courseId: route.courseId,
      itemId: route.itemId,
      itemKind: route.itemKind,
      ...account,
      title: clipLessonText(reading.title ?? reading.courseName ?? untitled.lesson),
      ...courseName,
    };
  }
  if (CLASS_PAGES.has(route.kind)) {
    const name = readCourseName(root, route);
    return {
      courseId: route.courseId,
      ...account,
      title: clipLessonText(name ?? untitled.class),
      ...(name ? { courseName: clipLessonText(name) } : {}),
    };
  }
  return null;
}
