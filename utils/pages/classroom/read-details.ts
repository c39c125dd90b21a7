import { isVisible } from '../visible';
import { parseDueLine } from './due-date';
import { readCourseName } from './read-course';
import { CalendarDate, ScrapedText, valid } from './scraped';
import { ITEM_TITLE, itemById } from './selectors';
import { findDueLine, pageDueLanguages, readableText } from './text';
import type { ClassroomRoute } from './urls';

// What an item's details page says about the lesson: title, course name, due date. The item id comes from
// the URL, never from the page: the header is the *visible* `[data-stream-item-id="<id from URL>"]` that
// holds an h1 (tests/fixtures/README.md A.6 [C]). A hidden stale header of the previously opened item (the trap in
// classroom-assignment.html) and the class-comment box that repeats the id (no h1) are both skipped.
// With no matching header we report the title missing instead of taking some other h1: a wrong title is
// worse than none (tests/fixtures/README.md C.3.3).

export type DetailsField = 'title' | 'course' | 'due';

export interface DetailsReading {
  title: string | null;
  courseName: string | null;
  /** YYYY-MM-DD; null when there is no due date, or it could not be read. */
  dueDate: string | null;
  /** The due line as shown ("Due Sep 19, 11:59 PM", "No due date", "Fecha de entrega: 19 sept, 23:59"). */
  dueText: string | null;
  /** Fields whose hook was not found at all; "No due date" is found, not missing. */
  missing: DetailsField[];
}

type DetailsRoute = Extract<ClassroomRoute, { kind: 'details' }>;

/** Reads the visible item header. Never throws; what it cannot find is listed in `missing`. */
export function readDetails(root: ParentNode, route: DetailsRoute, now: Date): DetailsReading {
  const header = find(() => [...root.querySelectorAll(itemById(route.itemId))].find(isHeader) ?? null);
  const heading = header && find(() => [...header.querySelectorAll(ITEM_TITLE)].find(isVisible) ?? null);
  const title = heading ? valid(ScrapedText, readableText(heading)) : null;
  const courseName = readCourseName(root, route);
  const languages = pageDueLanguages(root);
  const dueText = header
    ? valid(
        ScrapedText,
        find(() => findDueLine(header, languages)),
      )
    : null;
  const due = dueText === null ? null : parseDueLine(dueText, now, languages);
  const dueDate = due?.kind === 'due' ? valid(CalendarDate, due.date) : null;

  const missing: DetailsField[] = [];
  if (title === null) missing.push('title');
  if (courseName === null) missing.push('course');
  // Materials have no due date at all, so theirs cannot be missing.
  if (due === null && route.itemKind !== 'm') missing.push('due');
  return { title, courseName, dueDate, dueText, missing };
}

/** The item header: visible and with a title (the comment box repeating the id has none). */
function isHeader(element: Element): boolean {
  return isVisible(element) && element.querySelector(ITEM_TITLE) !== null;
}

function find<T>(lookup: () => T | null): T | null {
  try {
    return lookup();
  } catch {
    return null; // reported through `missing`
  }
}
