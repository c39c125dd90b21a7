// Single-page navigation, noticed without trusting anything the page can send. WXT's `wxt:locationchange`
// is a DOM event on `window` (a page can dispatch one, with no URL in it: reading `event.newUrl` threw),
// and its watcher listens to the Navigation API's `navigate` event, which the page can dispatch on
// `navigation` too. Here an event only says "look again": the URL is always read from this world's own
// `location`, events the page dispatched (isTrusted false) are ignored, and nothing is read from them.

/** How often the URL is compared where the browser has no Navigation API (WXT polls every second too). */
export const POLL_MS = 500;

export interface UrlWatchOptions {
  /** Calls onChange once for every new href, never for the one it started with. */
  onChange: (href: string) => void;
  readHref?: () => string;
  /** The Navigation API's `navigation`, when the browser has one (Chromium does). */
  navigation?: EventTarget | undefined;
  signal?: AbortSignal;
}

/** Watches the tab's URL for single-page navigations (pushState, replaceState, Back and Forward). */
export function watchUrlChanges(options: UrlWatchOptions): void {
  const readHref = options.readHref ?? (() => location.href);
  const navigation =
    'navigation' in options ? options.navigation : (globalThis as { navigation?: EventTarget }).navigation;
  let last = readHref();
  const check = () => {
    const href = readHref();
    if (href === last) return;
    last = href;
    options.onChange(href);
  };
  if (navigation && typeof navigation.addEventListener === 'function') {
    // Fired by the browser after the URL changed (pushState, replaceState, traversals); `navigate` fires
    // before, when location.href is still the old URL.
    navigation.addEventListener(
      'currententrychange',
      (event) => {
        if (event.isTrusted) check();
      },
      { signal: options.signal },
    );
    return;
  }
  const timer = setInterval(check, POLL_MS);
  options.signal?.addEventListener('abort', () => clearInterval(timer), { once: true });
}
