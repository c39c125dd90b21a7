import { parseDueLine } from './due-date';
import { CalendarDate, NumericId, ScrapedListItem, ScrapedText, valid } from './scraped';
import {
  CLASSWORK_ROW,
  DETAILS_LINK,
  ROW_TITLE,
  STREAM_ITEM_STUB,
  STUB_LINK,
  STUB_TITLE_SEPARATOR,
  TOPIC,
  TOPIC_PAGE_ROW,
} from './selectors';
import { cleanText, findDueLine } from './text';
import { type ClassroomRoute, type ItemKind, parseClassroomLink } from './urls';
import { isVisible } from './visible';

// The lessons listed on Classwork, a topic page and the Stream, each with the element a badge belongs on.
// Rows carry the raw numeric id and a kind (dom.md A.5 [C]); on the Stream only the typed "new assignment /
// material / question" stubs count, not announcements or the comment boxes that repeat an id (dom.md A.4).

export interface ListItem {
  itemId: string;
  itemKind: ItemKind;
  title: string | null;
  /** YYYY-MM-DD from the row's "Due …" line; null for "No due date", "Posted …", or no line. */
  dueDate: string | null;
  topicId: string | null;
  /** The row or stub a badge is attached to. */
  element: Element;
}

/**
 * `data-stream-item-type` → details segment. 1 = assignment (quizzes too), 4 = question, 5 = material
 * (dom.md A.5 [C]). A question's sa/mc split is not in the row; `/a/` redirects to the right one (dom.md A.1 [S]).
 */
const KIND_BY_TYPE: Record<string, ItemKind> = { '1': 'a', '4': 'a', '5': 'm' };

/** Visible lessons on a list page, in document order, one per item id; [] on other pages. Never throws. */
export function readListItems(root: ParentNode, route: ClassroomRoute, now: Date): ListItem[] {
  const selector = rowSelector(route);
  if (selector === null) return [];
  const items = new Map<string, ListItem>();
  try {
    for (const row of root.querySelectorAll(selector)) {
      const item = readRow(row, route, now);
      // Wide layouts render blocks twice (dom.md A.2 [S]): the first visible copy wins.
      if (item && !items.has(item.itemId)) items.set(item.itemId, item);
    }
  } catch {
    // a broken query returns what was read so far
  }
  return [...items.values()];
}

function rowSelector(route: ClassroomRoute): string | null {
  if (route.kind === 'classwork') return CLASSWORK_ROW;
  // Topic pages use div rows (dom.md A.5 [S]); li rows are accepted too in case they match Classwork.
  if (route.kind === 'topic') return `${TOPIC_PAGE_ROW}, ${CLASSWORK_ROW}`;
  if (route.kind === 'stream') return STREAM_ITEM_STUB;
  return null;
}

function readRow(row: Element, route: ClassroomRoute, now: Date): ListItem | null {
  try {
    if (!isVisible(row)) return null;
    const typeKind = KIND_BY_TYPE[row.getAttribute('data-stream-item-type') ?? ''];
    if (typeKind === undefined) return null; // not a lesson
    const itemId = row.getAttribute('data-stream-item-id');
    const dueLine = findDueLine(row);
    const due = dueLine === null ? null : parseDueLine(dueLine, now);
    const topic = row.closest(TOPIC)?.getAttribute('data-topic-id') ?? null;
    // Id and kind must be right or the row is skipped; the other fields just fall back to null.
    const data = valid(ScrapedListItem, {
      itemId,
      itemKind: linkedKind(row, itemId) ?? typeKind,
      title: valid(ScrapedText, route.kind === 'stream' ? stubTitle(row) : rowTitle(row)),
      dueDate: valid(CalendarDate, due?.kind === 'due' ? due.date : null),
      // A topic page's rows may sit outside any [data-topic-id]; the topic is then the URL's.
      topicId: valid(NumericId, topic) ?? (route.kind === 'topic' ? route.topicId : null),
    });
    return data && { ...data, element: row };
  } catch {
    return null;
  }
}

/** The segment of a real details link for this item inside the row (expanded rows only): tells sa from mc. */
function linkedKind(row: Element, itemId: string | null): ItemKind | null {
  for (const link of row.querySelectorAll(DETAILS_LINK)) {
    const target = parseClassroomLink(link.getAttribute('href'));
    if (target?.kind === 'details' && target.itemId === itemId) return target.itemKind;
  }
  return null;
}

/** Classwork: the expander's aria-label is the title (dom.md A.5 [C]). */
function rowTitle(row: Element): string | null {
  const label = row.querySelector(ROW_TITLE)?.getAttribute('aria-label');
  return label ? cleanText(label) || null : null;
}

/** Stream stub: "Dana Rivera posted a new assignment: Lab Report: Density of Liquids" → the text after the first ": ". */
function stubTitle(row: Element): string | null {
  const label = cleanText(row.querySelector(STUB_LINK)?.getAttribute('aria-label') ?? '');
  const at = label.indexOf(STUB_TITLE_SEPARATOR);
  return at < 0 ? null : label.slice(at + STUB_TITLE_SEPARATOR.length).trim() || null;
}
