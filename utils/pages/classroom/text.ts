import { isDueLine } from './due-date';
import { DUE_LANGUAGES, type DueLanguage, dueLanguagesFor } from './due-words';

// Reading text out of Classroom's DOM. jsdom has no innerText, and in browsers innerText leaks Material
// icon ligatures ("more_vert", "assignment", tests/fixtures/README.md A.2 [C]); both are avoided by walking text nodes
// and skipping aria-hidden subtrees, which is where Classroom puts its icons.

const ELEMENT = 1;
const TEXT = 3;

/** Collapse runs of whitespace (including no-break spaces) and trim. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text nodes a screen reader would meet, in document order, raw. */
function readableParts(node: Node, parts: string[]): string[] {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT) parts.push(child.textContent ?? '');
    else if (child.nodeType === ELEMENT && (child as Element).getAttribute('aria-hidden') !== 'true') {
      readableParts(child, parts);
    }
  }
  return parts;
}

/**
 * All readable text of an element, icons left out; null when there is none. Text nodes are joined as they
 * are, so "Due <b>Sep 19</b>, 11:59 PM" reads "Due Sep 19, 11:59 PM".
 */
export function readableText(element: Element): string | null {
  return cleanText(readableParts(element, []).join('')) || null;
}

/** The first readable text node: the "first line" of a link that holds a name and then a section. */
export function firstTextLine(element: Element): string | null {
  for (const part of readableParts(element, [])) {
    const text = cleanText(part);
    if (text) return text;
  }
  return null;
}

/**
 * The innermost element under `scope` whose readable text is a due line ("Due …" / "No due date", or the same
 * in another of `languages`), as text. Innermost, so a container that merely starts with the due line does
 * not drag in its other text.
 */
export function findDueLine(scope: Element, languages: readonly DueLanguage[] = DUE_LANGUAGES): string | null {
  let found: Element | null = null;
  for (const element of scope.querySelectorAll('*')) {
    if (found && !found.contains(element)) break; // left the first matching branch
    if (ariaHiddenWithin(element, scope)) continue;
    if (isDueLine(readableText(element) ?? '', languages)) found = element;
  }
  return found ? readableText(found) : null;
}

/**
 * The languages to read due lines in on this page: Classroom writes its interface language in `<html lang>`
 * ("es-419"), and ./due-words.ts turns it into the ones Tandem knows (all of them when it is missing or unknown).
 */
export function pageDueLanguages(root: ParentNode): readonly DueLanguage[] {
  const document = (root as Node).ownerDocument ?? (root as Document);
  return dueLanguagesFor(document.documentElement?.getAttribute('lang'));
}

/** aria-hidden between `element` and `scope` only: a modal may aria-hide the whole app around a visible page. */
function ariaHiddenWithin(element: Element, scope: Element): boolean {
  for (let node: Element | null = element; node && node !== scope; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}
