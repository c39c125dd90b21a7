import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { preloadUpdateNotice, showUpdateNotice } from './update-notice';
import { watchUrlChanges } from './url-changes';

// Refined-GitHub-style features: each declares where it runs (URL predicates, as data) and what it does
// (`init`), and everything it attaches hangs on one AbortSignal that is aborted when the URL changes or
// the extension context goes away.
//
// Nothing here depends on a message or event the Google page can send. WXT's context listens on
// `document` for a "content script started" event and stops itself when one arrives (it is how a newer
// copy of a script stops an older one), and its location watcher dispatches `wxt:locationchange` on
// `window`: the page can dispatch both (the event names carry the extension's id, which WXT also used to
// post to the page). So the runner watches the URL itself (url-changes.ts), refuses "started" events while
// this extension is still there (Tandem never injects a second copy of a script into a tab: the only
// genuine newer copy comes after an update, when this one's extension is gone), and treats WXT's context
// as ended only when the extension really went away.

/**
 * Abort reason when the extension itself went away (updated, reloaded or removed) while the tab stayed
 * open. UI then stays in place and says "Tandem was updated — reload this tab" instead of vanishing.
 * Any other abort (navigation) removes the UI.
 */
export const EXTENSION_GONE = 'tandem:extension-gone';

export interface FeatureRun {
  url: URL;
  signal: AbortSignal;
  ctx: ContentScriptContext;
}

export interface Feature {
  name: string;
  include: ReadonlyArray<(url: URL) => boolean>;
  init: (run: FeatureRun) => void | Promise<void>;
}

/** The extension was updated, reloaded or removed under this tab: this script is an orphan. */
export function extensionGone(): boolean {
  return browser.runtime?.id == null;
}

/** Runs the features matching the current URL, and again after every single-page navigation. */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): void {
  refuseForgedScriptStarts(ctx);
  let current: AbortController | undefined;
  let currentHref = '';
  const start = (href: string) => {
    // Classroom sometimes replaces the URL with itself; re-running would only flicker the UI.
    if (href === currentHref) return;
    currentHref = href;
    const url = new URL(href);
    const matching = features.filter((feature) => feature.include.some((matches) => matches(url)));
    if (extensionGone()) {
      // An old script must not start anything new (its chunks, storage and CSS are gone). The view it
      // leaves keeps its UI, which says so; a page Tandem works on gets the notice instead of nothing.
      current?.abort(EXTENSION_GONE);
      if (matching.length > 0) showUpdateNotice();
      return;
    }
    current?.abort();
    const controller = new AbortController();
    current = controller;
    // Its words must be known before the extension can go away (the i18n API then stops answering).
    if (matching.length > 0) preloadUpdateNotice();
    for (const feature of matching) {
      try {
        Promise.resolve(feature.init({ url, signal: controller.signal, ctx })).catch((error) => report(feature, error));
      } catch (error) {
        report(feature, error);
      }
    }
  };
  // WXT ends its context when the extension goes away (noticed through ctx.isInvalid), and also when a
  // "started" event arrives: only the first is an end.
  ctx.onInvalidated(() => {
    if (extensionGone()) current?.abort(EXTENSION_GONE);
  });
  start(location.href);
  // Never stopped: after an update this is what notices the next page view, to say "reload this tab".
  watchUrlChanges({ onChange: start });
}

/**
 * WXT's context listens on `document` for its "content script started" event and stops itself when one
 * arrives from another copy. The page can dispatch that event too, so while this extension is still
 * there (no newer copy can exist) it is stopped here, in the capture phase on `window`, before WXT's
 * listener on `document` sees it. After an update a genuine newer copy's event goes through.
 */
function refuseForgedScriptStarts(ctx: ContentScriptContext): void {
  // WXT's own name for the event (private to its class), read from the class rather than imported: the
  // chunks import this module for EXTENSION_GONE, and a value import would bundle WXT's class into each.
  const type = (ctx.constructor as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof type !== 'string') return;
  window.addEventListener(
    type,
    (event) => {
      if (!extensionGone()) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

const reported = new Set<string>();

/** One warning per feature per page: a broken feature must not flood the console or throw into the page. */
function report(feature: Feature, error: unknown): void {
  if (reported.has(feature.name)) return;
  reported.add(feature.name);
  console.warn(`[Tandem] ${feature.name} stopped:`, error);
}
