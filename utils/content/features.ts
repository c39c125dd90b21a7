import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Refined-GitHub-style features: each declares where it runs (URL predicates, as data) and what it does
// (`init`), and everything it attaches hangs on one AbortSignal that is aborted when the URL changes or
// the extension context goes away (STYLE.md habits 3, 4, 7).

/**
 * Abort reason when the extension itself went away (updated, reloaded or removed) while the tab stayed
 * open. UI then stays in place and says "Tandem was updated — reload this tab" instead of vanishing.
 * Any other abort (navigation, a newer copy of this script taking over) removes the UI.
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

/** Runs the features matching the current URL, and again after every single-page navigation. */
export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): void {
  let current: AbortController | undefined;
  let currentHref = '';
  const start = (url: URL) => {
    // After an update this old script must not start anything new (its storage and CSS are gone); reading
    // isInvalid also tells WXT, which aborts the current view with EXTENSION_GONE so it can say so.
    if (ctx.isInvalid) return;
    // Classroom sometimes replaces the URL with itself; re-running would only flicker the UI.
    if (url.href === currentHref) return;
    currentHref = url.href;
    current?.abort();
    const controller = new AbortController();
    current = controller;
    for (const feature of features) {
      if (!feature.include.some((matches) => matches(url))) continue;
      try {
        Promise.resolve(feature.init({ url, signal: controller.signal, ctx })).catch((error) => report(feature, error));
      } catch (error) {
        report(feature, error);
      }
    }
  };
  ctx.onInvalidated(() => current?.abort(browser.runtime?.id ? 'replaced' : EXTENSION_GONE));
  start(new URL(location.href));
  // WXT fires this for pushState/replaceState and Back/Forward; location.href is still the old URL here.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => start(new URL(event.newUrl.href)));
}

const reported = new Set<string>();

/** One warning per feature per page: a broken feature must not flood the console or throw into the page. */
function report(feature: Feature, error: unknown): void {
  if (reported.has(feature.name)) return;
  reported.add(feature.name);
  console.warn(`[Tandem] ${feature.name} stopped:`, error);
}
