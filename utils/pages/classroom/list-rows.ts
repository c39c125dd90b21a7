import { NUMERIC_ID_PATTERN } from '../../schema/patterns';
import { isVisible } from '../visible';
import type { ItemKind } from './item-kinds';
import { CLASSWORK_ROW, DETAILS_LINK, STREAM_ITEM_STUB, TOPIC_PAGE_ROW } from './selectors';
import { type ClassroomRoute, parseClassroomLink } from './urls';

// The lesson rows on Classwork, a topic page and the Stream: which lesson each is and the element a badge
// belongs on, nothing more. This is all a badge needs, so it is read without zod and loaded on every
// Classroom page; the row's text (title, due date, topic) is read and validated by read-list.ts, which
// only the class summary loads. The id is checked with the same pattern as the NumericId schema, and it
// only ever leaves this tab inside a message the background validates with zod again.
// Rows carry the raw numeric id and a kind (tests/fixtures/README.md A.5 [C]); on the Stream only the typed "new
// assignment / material / question" stubs count, not announcements or the comment boxes that repeat an id
// (tests/fixtures/README.md A.4).

export interface ListRow {
  itemId: string;
  itemKind: ItemKind;
  /** The row or stub a badge is attached to. */
  element: Element;
}

/**
 * `data-stream-item-type` → details segment. 1 = assignment (quizzes too), 4 = question, 5 = material
 * (tests/fixtures/README.md A.5 [C]). A question's sa/mc split is not in the row; `/a/` redirects to the right one
 * (tests/fixtures/README.md A.1 [S]).
 */
const KIND_BY_TYPE: Record<string, ItemKind> = { '1': 'a', '4': 'a', '5': 'm' };

/** Visible lesson rows on a list page, in document order, one per item id; [] on other pages. Never throws. */
export function readListRows(root: ParentNode, route: ClassroomRoute): ListRow[] {
  const selector = rowSelector(route);
  if (selector === null) return [];
  const rows = new Map<string, ListRow>();
  try {
    for (const element of root.querySelectorAll(selector)) {
      const row = readRow(element);
      // Wide layouts render blocks twice (tests/fixtures/README.md A.2 [S]): the first visible copy wins.
      if (row && !rows.has(row.itemId)) rows.set(row.itemId, row);
    }
  } catch {
    // a broken query returns what was read so far
  }
  return [...rows.values()];
}

function rowSelector(route: ClassroomRoute): string | null {
  if (route.kind === 'classwork') return CLASSWORK_ROW;
  // Topic pages use div rows (tests/fixtures/README.md A.5 [S]); li rows are accepted too in case they match Classwork.
  if (route.kind === 'topic') return `${TOPIC_PAGE_ROW}, ${CLASSWORK_ROW}`;
  if (route.kind === 'stream') return STREAM_ITEM_STUB;
  return null;
}

/** Id and kind must be right or the row is skipped. */
function readRow(element: Element): ListRow | null {
  try {
    if (!isVisible(element)) return null;
    const typeKind = KIND_BY_TYPE[element.getAttribute('data-stream-item-type') ?? ''];
    if (typeKind === undefined) return null; // not a lesson
    const itemId = element.getAttribute('data-stream-item-id');
    if (itemId === null || !NUMERIC_ID_PATTERN.test(itemId)) return null;
    return { itemId, itemKind: linkedKind(element, itemId) ?? typeKind, element };
  } catch {
    return null;
  }
}

/** The segment of a real details link for this item inside the row (expanded rows only): tells sa from mc. */
function linkedKind(row: Element, itemId: string): ItemKind | null {
  for (const link of row.querySelectorAll(DETAILS_LINK)) {
    const target = parseClassroomLink(link.getAttribute('href'));
    if (target?.kind === 'details' && target.itemId === itemId) return target.itemKind;
  }
  return null;
}
