import { browser } from 'wxt/browser';

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

let early: Promise<string> | undefined;

/** This content script's stylesheet, fetched once per tab (again after a failure), for a chunk about to mount UI. */
export function entryCssEarly(): Promise<string> {
  early ??= fetchEntryCss(import.meta.env.ENTRYPOINT).then((css) => {
    if (!css) early = undefined;
    return css;
  });
  return early;
}
