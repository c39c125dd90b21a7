import { canvasScheme, type Scheme, schemeOfBackgrounds } from './color-scheme';

// Tandem's UI in Google's pages is light on a light page and dark on a dark one, whatever the system
// setting (issue 14): Classroom and Calendar draw their own look, and a dark slab on a white page reads as
// an error. Tandem's own pages (options, popup, card) keep following the system (components/ui/page.css).
//
// How: the page's scheme is read from what it paints (the computed backgrounds of <body> and <html>,
// over the browser's canvas; color-scheme.ts decides) and handed to Tandem's hosts as a custom property,
// `--tandem-page-scheme: light | dark`, by one constructed stylesheet adopted by the document that
// matches only Tandem's hosts: no Google node changes, and a host mounted later has it with no work here.
// A custom property is not reset by `all: initial` (WXT's reset on every host) and inherits into the
// closed roots, where the CSS sets `color-scheme` from it and picks colours with light-dark()
// (components/ui/panel.css, the badges' CSS).
//
// When: at start, then again (at most once a frame, before it is painted) when the page's look may have
// changed: an attribute of <html> or <body> (a theme class or inline style), a stylesheet added to or
// removed from <head>, the system setting (a page that follows it changes with it). No polling.

/** Every host Tandem puts in Google's pages (mount-ui.ts's HOST_ATTRIBUTE, the two badges' tags). */
const HOSTS = '[data-tandem-host],tandem-badge,tandem-block-badge';
const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The scheme of the page as it is painted now. */
export function pageScheme(doc: Document = document): Scheme {
  const root = doc.documentElement;
  const layers = [doc.body, root].filter(Boolean).map((element) => getComputedStyle(element).backgroundColor);
  const canvas = canvasScheme(getComputedStyle(root).colorScheme, matchMedia(SYSTEM_DARK).matches);
  return schemeOfBackgrounds(layers, canvas);
}

/** Keeps Tandem's hosts in `doc` on the page's scheme until `signal` aborts (the last one stays). */
export function followPageScheme(signal: AbortSignal, doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  let shown: Scheme | undefined;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (signal.aborted) return;
    // Put back if the page replaced the document's adopted sheets.
    if (!adopt(doc, sheet)) return;
    const scheme = pageScheme(doc);
    if (scheme === shown) return;
    shown = scheme;
    sheet.replaceSync(`${HOSTS}{--tandem-page-scheme:${scheme}}`);
  };
  const checkSoon = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  };
  check();
  const observer = new MutationObserver(checkSoon);
  observer.observe(doc.documentElement, { attributes: true });
  if (doc.body) observer.observe(doc.body, { attributes: true });
  if (doc.head) observer.observe(doc.head, { childList: true });
  matchMedia(SYSTEM_DARK).addEventListener('change', checkSoon, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * Adds `sheet` to the document's adopted sheets unless it is there. False where a content script cannot
 * (Firefox before 153 throws on it from a content script): Tandem's UI there stays light, as before.
 */
function adopt(doc: Document, sheet: CSSStyleSheet): boolean {
  try {
    if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return true;
  } catch {
    return false;
  }
}
