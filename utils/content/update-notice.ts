import { preloadMessages, t } from '@/utils/i18n';
import { sharedSheet } from './shared-sheet';

// "Tandem was updated — reload this tab", for a page view that starts after the extension went away
// (updated, reloaded or removed) under an open tab: Classwork → Stream, Stream → a lesson, Calendar's next
// week. Such an old script can no longer load its chunks, its stylesheet or its strings, so this is plain
// DOM with its CSS inline and words translated while the extension was still there (preloadUpdateNotice).
// A closed shadow root keeps the page's scripts and styles out, as for every Tandem host.

const NAME = 'tandem-update-notice';
/**
 * mount-ui.ts's HOST_ATTRIBUTE, which Calendar's reader and the tests' page swaps know as Tandem's. Not
 * imported: that would bring WXT's shadow-root UI (3 kB) into the content script every page loads.
 */
const HOST_ATTRIBUTE = 'data-tandem-host';
const TEXT_KEY = 'extensionUpdated';

const CSS = `
:host { position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; max-width: min(480px, calc(100vw - 32px)); }
p { margin: 0; padding: 14px 16px; border-radius: 8px; font: 400 14px/20px "Google Sans", Roboto, Arial, sans-serif;
  box-shadow: 0 2px 6px rgb(0 0 0 / 30%); color-scheme: var(--tandem-page-scheme, light); /* page-theme.ts */
  background: light-dark(#1f1f1f, #e3e3e3); color: light-dark(#f2f2f2, #1f1f1f); }`;

/** The notice's root, kept here because it is closed: the page cannot reach it and neither can `host.shadowRoot`. */
const roots = new WeakMap<Element, ShadowRoot>();

/** Translates the notice's words now, while the i18n API still answers this script. */
export function preloadUpdateNotice(): void {
  preloadMessages([TEXT_KEY]);
}

/**
 * Shows the notice (once per tab; put back when the page's re-render removed it). Returns its shadow root.
 */
export function showUpdateNotice(doc: Document = document): ShadowRoot {
  const existing = doc.querySelector(`[${HOST_ATTRIBUTE}="${NAME}"]`);
  const known = existing && roots.get(existing);
  if (known) return known;
  existing?.remove(); // a copy of the host made by the page: it has no root of ours
  const host = doc.createElement(NAME);
  host.setAttribute(HOST_ATTRIBUTE, NAME);
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  shadow.adoptedStyleSheets = [sharedSheet(CSS)];
  const text = doc.createElement('p');
  // An alert: it appears without the teacher asking, and says why nothing else of Tandem does.
  text.setAttribute('role', 'alert');
  text.textContent = t(TEXT_KEY);
  shadow.append(text);
  (doc.body ?? doc.documentElement).append(host);
  return shadow;
}
