import { decodeDatekey, isoDate } from './datekey';
import { parseCalendarUrl } from './urls';

// Which rendered period to read. While paging weeks (or months) Calendar keeps the old period in the DOM
// next to the new one during the animation (calendar-plus, tests/fixtures/README.md B.3 [S]); an offscreen copy is
// still "visible" to checkVisibility, so visibility alone cannot tell them apart. The URL can: it names a
// date in the period the user navigated to, and each period's grid carries its first and last datekey.

/** The grid's first and last day as YYYY-MM-DD, or null when its keys do not decode. */
export function periodRange(grid: Element): { first: string; last: string } | null {
  const first = decodeDatekey(grid.getAttribute('data-start-date-key') ?? '');
  const last = decodeDatekey(grid.getAttribute('data-end-date-key') ?? '');
  return first && last ? { first: isoDate(first), last: isoDate(last) } : null;
}

/** The date in the page URL (`/r/week/2025/9/15` → 2025-09-15), or null (bare `/r`, no location, not Calendar). */
export function urlDate(root: ParentNode): string | null {
  try {
    const node = root as Node;
    const document = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    const route = parseCalendarUrl(document?.location?.href ?? '');
    return route?.kind === 'grid' ? (route.date ?? null) : null;
  } catch {
    return null;
  }
}

/** Of several candidate grids, the one whose range holds the URL's date; else the first (document order). */
export function pickPeriod<T extends Element>(grids: T[], date: string | null): T | null {
  if (date !== null) {
    for (const grid of grids) {
      const range = periodRange(grid);
      if (range && range.first <= date && date <= range.last) return grid;
    }
  }
  return grids[0] ?? null;
}
