import { parseDueLine } from './due-date';
import type { DueLanguage } from './due-words';
import { readListRows } from './list-rows';
import { findDueLine, pageDueLanguages } from './text';
import type { ClassroomRoute } from './urls';

// What the class summary needs from a list page: which lessons it shows and when each is due. No page
// text is kept or shown (the summary shows counts, and model names from Tandem's own plans), and the date
// is not the page's text but parseDueLine's output, a YYYY-MM-DD it builds itself or null, so this reader
// needs no zod and the summary's chunk stays small (issue 5). read-list.ts, which keeps titles, validates.

export interface ListDueDate {
  itemId: string;
  /** YYYY-MM-DD from the row's "Due …" line; null for "No due date", "Posted …", or no line. */
  dueDate: string | null;
}

/** The visible lessons of a list page with their due dates, in document order; [] on other pages. Never throws. */
export function readListDueDates(root: ParentNode, route: ClassroomRoute, now: Date): ListDueDate[] {
  const languages = pageDueLanguages(root);
  return readListRows(root, route).map((row) => ({
    itemId: row.itemId,
    dueDate: dueDateOf(row.element, now, languages),
  }));
}

function dueDateOf(row: Element, now: Date, languages: readonly DueLanguage[]): string | null {
  try {
    const line = findDueLine(row, languages);
    const due = line === null ? null : parseDueLine(line, now, languages);
    return due?.kind === 'due' ? due.date : null;
  } catch {
    return null;
  }
}
