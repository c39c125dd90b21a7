import { parseDueLine } from './due-date';
import type { DueLanguage } from './due-words';
import { type ListRow, readListRows } from './list-rows';
import { CalendarDate, NumericId, ScrapedListItem, ScrapedText, valid } from './scraped';
import { ROW_TITLE, STUB_LINK, STUB_TITLE_SEPARATOR, TOPIC } from './selectors';
import { cleanText, findDueLine, pageDueLanguages } from './text';
import type { ClassroomRoute } from './urls';

// The lessons listed on Classwork, a topic page and the Stream, with what each row says about itself
// (title, due date, topic), validated with zod. The rows themselves are found by list-rows.ts.

export interface ListItem extends ListRow {
  title: string | null;
  /** YYYY-MM-DD from the row's "Due …" line; null for "No due date", "Posted …", or no line. */
  dueDate: string | null;
  topicId: string | null;
}

/** Visible lessons on a list page, in document order, one per item id; [] on other pages. Never throws. */
export function readListItems(root: ParentNode, route: ClassroomRoute, now: Date): ListItem[] {
  const items: ListItem[] = [];
  const languages = pageDueLanguages(root);
  for (const row of readListRows(root, route)) {
    const item = readItem(row, route, now, languages);
    if (item) items.push(item);
  }
  return items;
}

function readItem(row: ListRow, route: ClassroomRoute, now: Date, languages: readonly DueLanguage[]): ListItem | null {
  try {
    const { element } = row;
    const dueLine = findDueLine(element, languages);
    const due = dueLine === null ? null : parseDueLine(dueLine, now, languages);
    const topic = element.closest(TOPIC)?.getAttribute('data-topic-id') ?? null;
    // Id and kind were checked when the row was found; the other fields just fall back to null.
    const data = valid(ScrapedListItem, {
      itemId: row.itemId,
      itemKind: row.itemKind,
      title: valid(ScrapedText, route.kind === 'stream' ? stubTitle(element) : rowTitle(element)),
      dueDate: valid(CalendarDate, due?.kind === 'due' ? due.date : null),
      // A topic page's rows may sit outside any [data-topic-id]; the topic is then the URL's.
      topicId: valid(NumericId, topic) ?? (route.kind === 'topic' ? route.topicId : null),
    });
    return data && { ...data, element };
  } catch {
    return null;
  }
}

/** Classwork: the expander's aria-label is the title (tests/fixtures/README.md A.5 [C]). */
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
