import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EXTENSION_GONE } from '@/utils/content/features';
import { onDomChange } from '@/utils/content/observe';
import { MAIN } from '@/utils/pages/classroom/selectors';
import { isVisible } from '@/utils/pages/classroom/visible';

// Mounts Tandem UI inline at the top of Classroom's visible main area, in an isolated shadow root, so
// it pushes the lesson down rather than covering Classroom's own controls. When Google re-renders and
// drops our host, it is put back; everything is removed when `signal` aborts (except when the extension
// itself went away: see EXTENSION_GONE).

export const HOST_ATTRIBUTE = 'data-tandem-host';

function anchor(): Element {
  // Stale views Classroom leaves in the DOM are hidden: mount next to the visible one.
  const main = [...document.querySelectorAll(MAIN)].find(isVisible);
  // Without a main area (Google changed the page) the UI still appears, at the end of the page.
  return main ?? document.body;
}

export async function mountInMain(
  ctx: ContentScriptContext,
  options: {
    name: string;
    signal: AbortSignal;
    render: (container: HTMLElement) => void;
    unrender: (container: HTMLElement) => void;
  },
): Promise<void> {
  const ui = await createShadowRootUi(ownedBySignal(ctx), {
    name: options.name,
    position: 'inline',
    anchor,
    append: (anchorElement, host) => {
      if (anchorElement === document.body) anchorElement.append(host);
      else anchorElement.prepend(host);
    },
    onMount: (container, _shadow, host) => {
      host.setAttribute(HOST_ATTRIBUTE, options.name);
      options.render(container);
      // Returned so WXT hands it back to onRemove: Preact must unrender before WXT empties the container,
      // or a remount after Classroom re-renders diffs against a stale tree and paints nothing.
      return container;
    },
    onRemove: (container) => {
      if (container) options.unrender(container);
    },
  });
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
  return Object.create(ctx, { onInvalidated: { value: () => () => undefined } }) as ContentScriptContext;
}
