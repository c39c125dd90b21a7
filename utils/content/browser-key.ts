/** Where a content script leaves its browser API for the chunks it imports (loader-browser.ts, lazy.ts). */
export const LOADER_BROWSER_KEY = Symbol.for('tandem:browser');
