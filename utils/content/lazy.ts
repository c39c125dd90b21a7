import { browser } from 'wxt/browser';
import type { LazySite } from '@/utils/build/lazy-chunks';
import { LOADER_BROWSER_KEY } from './browser-key';
import type { Feature, FeatureRun } from './features';

// The content script's side of utils/build/lazy-chunks.ts: code only some pages need is imported when a
// page needs it, from the extension's own files, into this content script's isolated world. Each chunk
// is fetched and compiled at most once per tab (import() caches modules), and only on pages that use it.

export interface LazyFeatureModule<Early> {
  init: (run: FeatureRun, early: Early) => void | Promise<void>;
}

/**
 * Imports `/lazy/<site>/<name>.js`, after sharing this script's browser API with it. Async, so that every
 * failure is a rejection: after an update, getURL itself throws "Extension context invalidated".
 */
export async function loadChunk<T>(site: LazySite, name: string): Promise<T> {
  (globalThis as Record<symbol, unknown>)[LOADER_BROWSER_KEY] ??= browser;
  // The global `chrome` (Chrome and Firefox both have it), written inside import(): addons.mozilla.org's
  // linter accepts a dynamic import only of `chrome.runtime.getURL(…)` or `browser.runtime.getURL(…)` as
  // written in the shipped file, and the minifier renames the imported `browser`.
  return (await import(/* @vite-ignore */ chrome.runtime.getURL(`/lazy/${site}/${name}.js`))) as T;
}

/** The one call of the extension's global namespace used here (WXT types `browser`, not `chrome`). */
declare const chrome: { runtime: { getURL: (path: string) => string } };

/**
 * A feature whose code is a chunk: where it runs is known here (cheap URL predicates), what it does is
 * imported the first time a matching page needs it. `early` starts work that does not need the chunk
 * (asking the background) while it loads, and hands it to the chunk's init. A page left while the chunk
 * loads never starts it.
 */
export function lazyFeature<Early = undefined>(options: {
  name: string;
  site: LazySite;
  include: Feature['include'];
  early?: (run: FeatureRun) => Early;
}): Feature {
  return {
    name: options.name,
    include: options.include,
    async init(run: FeatureRun) {
      const early = options.early?.(run) as Early;
      const module = await loadChunk<LazyFeatureModule<Early>>(options.site, options.name);
      if (run.signal.aborted) return;
      await module.init(run, early);
    },
  };
}
