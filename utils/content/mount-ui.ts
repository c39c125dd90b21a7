import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { uiLanguage } from '../i18n';
import { entryCss } from './entry-css';
import { EXTENSION_GONE } from './features';
import { onDomChange } from './observe';
import { refuseUntrustedEvents } from './trusted-events';

// Mounts Tandem UI in an isolated shadow root (WXT's createShadowRootUi, styles from the entry's CSS).
// The root is closed: the Google page's own scripts get null from host.shadowRoot, see only the host in
// activeElement, elementFromPoint and composedPath(), and so can neither read the plan nor reach a
// control to script it. Events the page makes anyway are refused at the root (trusted-events.ts).
// When Google re-renders and drops our host, it is put back; everything is removed when `signal` aborts
// (except when the extension itself went away: see EXTENSION_GONE). Where it goes is the caller's choice.

export const HOST_ATTRIBUTE = 'data-tandem-host';

export interface MountOptions {
  name: string;
  signal: AbortSignal;
  anchor: () => Element;
  append: (anchor: Element, host: Element) => void;
  render: (container: HTMLElement) => void;
  unrender: (container: HTMLElement) => void;
}

export async function mountShadowUi(ctx: ContentScriptContext, options: MountOptions): Promise<void> {
  const css = await entryCss(ctx);
  const ui = await createShadowRootUi<HTMLElement>(ownedBySignal(ctx), {
    name: options.name,
    // The entry's CSS, fetched once per script (WXT would fetch it again for every mount); same order as WXT's.
    ...(css ? { css } : {}),
    position: 'inline',
    mode: 'closed',
    // Keys typed in Tandem's fields must not reach Google's keyboard shortcuts (in Calendar, "d" switches
    // to day view, "c" creates an event, "/" searches): they stop at our host.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    anchor: options.anchor,
    append: options.append,
    onMount: (container, _shadow, host) => {
      host.setAttribute(HOST_ATTRIBUTE, options.name);
      // Tandem's text is in the browser's language, which may not be the page's (Classroom in English, the
      // browser in Spanish): screen readers take the voice from the nearest lang, through the shadow root.
      host.setAttribute('lang', uiLanguage());
      options.render(container);
      // Returned so WXT hands it back to onRemove: Preact must unrender before WXT empties the container,
      // or a remount after Google re-renders diffs against a stale tree and paints nothing.
      return container;
    },
    onRemove: (container) => {
      if (container) options.unrender(container);
    },
  });
  // Before anything is rendered in it; the same root is re-mounted when Google drops our host.
  refuseUntrustedEvents(ui.shadow);
  if (options.signal.aborted) return;
  ui.mount();
  onDomChange(() => {
    if (!ui.shadowHost.isConnected) {
      ui.remove();
      ui.mount();
    }
  }, options.signal);
  options.signal.addEventListener(
    'abort',
    () => {
      // The old UI stays to tell the user to reload; the feature repaints it with that message.
      if (options.signal.reason !== EXTENSION_GONE) ui.remove();
    },
    { once: true },
  );
}

/**
 * WXT's shadow-root UI removes itself when the context is invalidated, and keeps that listener for the
 * life of the script (one per mount: a leak across single-page navigations). Here a UI's lifetime is
 * its page view's AbortSignal instead, which also lets the old panel stay after an update to say so.
 */
function ownedBySignal(ctx: ContentScriptContext): ContentScriptContext {
  return Object.create(ctx, {
    onInvalidated: { value: () => () => undefined },
    // The entry's CSS is passed in (entryCss), so WXT must not fetch it again.
    options: { value: { ...ctx.options, cssInjectionMode: 'manual' } },
  }) as ContentScriptContext;
}
