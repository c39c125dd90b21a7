import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountShadowUi } from '@/utils/content/mount-ui';
import { MAIN } from '@/utils/pages/classroom/selectors';
import { isVisible } from '@/utils/pages/visible';

// Tandem UI on Classroom goes inline at the top of the visible main area, so it pushes the lesson down
// rather than covering Classroom's own controls.

function anchor(): Element {
  // Stale views Classroom leaves in the DOM are hidden: mount next to the visible one.
  const main = [...document.querySelectorAll(MAIN)].find(isVisible);
  // Without a main area (Google changed the page) the UI still appears, at the end of the page.
  return main ?? document.body;
}

export function mountInMain(
  ctx: ContentScriptContext,
  options: {
    name: string;
    signal: AbortSignal;
    render: (container: HTMLElement) => void;
    unrender: (container: HTMLElement) => void;
  },
): Promise<void> {
  return mountShadowUi(ctx, {
    ...options,
    anchor,
    append: (anchorElement, host) => {
      if (anchorElement === document.body) anchorElement.append(host);
      else anchorElement.prepend(host);
    },
  });
}
