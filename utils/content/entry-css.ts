import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A content script's own stylesheet (cssInjectionMode 'ui': WXT builds it next to the script and makes it
 * web-accessible), ready for a shadow root. '' when it cannot be fetched: the UI still works, unstyled.
 */
export function fetchEntryCss(entrypoint: string): Promise<string> {
  // The URL WXT's own loader uses: this entry's CSS, built next to its script.
  const url = (browser.runtime.getURL as (path: string) => string)(`/content-scripts/${entrypoint}.css`);
  return fetch(url)
    .then((response) => response.text())
    .then((text) => text.replaceAll(':root', ':host'))
    .catch((error: unknown) => {
      console.warn(`[Tandem] Could not load styles from ${url}:`, error);
      return '';
    });
}

let request: Promise<string> | undefined;

/** The one cached fetch of the stylesheet; a failed fetch ('') is not kept, so the next caller tries again. */
function cached(start: () => Promise<string>): Promise<string> {
  request ??= start().then((css) => {
    if (!css) request = undefined;
    return css;
  });
  return request;
}

/** This content script's stylesheet, fetched once per tab (again after a failure), for a chunk about to mount UI. */
export function entryCssEarly(): Promise<string> {
  return cached(() => fetchEntryCss(import.meta.env.ENTRYPOINT));
}

/**
 * The entry's stylesheet (cssInjectionMode 'ui'), as WXT's shadow-root UI loads it, but fetched once per
 * content script and shared by every mount (utils/content/mount-ui.ts). Call it as early as possible: a mount
 * then waits for a fetch already under way instead of starting one. `early` is a fetch the content script
 * started before this chunk loaded (utils/content/lazy.ts): chunks are a separate build with their own copy
 * of this module, so the content script's fetch is handed over rather than found here.
 */
export function entryCss(ctx: ContentScriptContext, early?: Promise<string>): Promise<string> {
  if (ctx.options?.cssInjectionMode !== 'ui') return Promise.resolve('');
  return cached(() => early ?? fetchEntryCss(import.meta.env.ENTRYPOINT));
}
