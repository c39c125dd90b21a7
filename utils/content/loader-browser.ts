import type { browser as Browser } from 'wxt/browser';
import { LOADER_BROWSER_KEY } from './browser-key';

// What `wxt/browser` means inside the chunks a content script loads on demand (utils/build/lazy-chunks.ts):
// the content script's own browser object, handed over by utils/content/lazy.ts before the first import.
// One polyfill per tab instead of a second copy in every chunk. The key lives on the isolated world's
// global object, which Google's page cannot see.

export const browser = (globalThis as Record<symbol, unknown>)[LOADER_BROWSER_KEY] as typeof Browser;

if (!browser) throw new Error('[Tandem] A chunk was loaded before its content script shared the browser API');
