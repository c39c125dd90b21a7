import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { fixtureFor } from '../../fixtures/routes.mjs';

// Classroom's single-page navigation, simulated on the fixture pages (which have no scripts).

interface SpaPage {
  /** Fixture HTML by absolute URL, for Back and Forward. */
  pages: Map<string, string>;
  apply: (html: string) => void;
}

/**
 * Simulates Classroom's single-page navigation from the current fixture page to the fixture at `url`
 * (same origin), the way Classroom does it: the document stays, its views are re-rendered, and the URL
 * changes with `history.pushState`. In the page it:
 *
 *  1. parses the target fixture (read here, in the test process) with DOMParser through a Trusted Types
 *     policy named `tandem-test` (the served CSP requires Trusted Types; the fixtures have no scripts);
 *  2. sets `document.title`, replaces the children of `header[role="banner"]` (course link, tabs) and of
 *     the first `[role="main"]` — so a Tandem host mounted inside the main area is removed, as when
 *     Classroom re-renders it — and swaps the hidden stale views (`display:none` children of `<body>`)
 *     and the fixture's own `<style>` in `<head>`. Everything else under `<body>` (the drawer, Tandem
 *     hosts appended to `<body>`) is left alone;
 *  3. calls `history.pushState({}, '', url)` BEFORE steps 1–2, which run 50 ms later: Classroom changes
 *     the URL first and renders the new view afterwards, so WXT's `wxt:locationchange` fires while the
 *     previous view is still in the DOM.
 *
 * Back and Forward (`page.goBack()`) re-render the fixture of the URL they return to, in a `popstate`
 * listener — after the Navigation API's `navigate` event, so a content script that reacts to
 * `wxt:locationchange` first sees the previous view's DOM, as it may on the real site. A reload loads
 * the fixture of the current URL from the route, as usual.
 */
export async function swapToFixture(page: Page, url: string): Promise<void> {
  const from = page.url();
  const target = new URL(url, from);
  if (target.origin !== new URL(from).origin) {
    throw new Error(`swapToFixture: ${target.href} is not on the origin of ${from}; use page.goto`);
  }
  const file = fixtureFor(target);
  if (!file) throw new Error(`swapToFixture: no fixture answers ${target.href} (see tests/fixtures/routes.mjs)`);
  const fromFile = fixtureFor(from);
  const html = await readFile(file, 'utf8');
  const fromHtml = fromFile ? await readFile(fromFile, 'utf8') : null;

  await page.evaluate(
    ({ url, html, fromHtml }) => {
      const spaWindow = window as unknown as Window & {
        __tandemSpa?: SpaPage;
        trustedTypes: {
          createPolicy(
            name: string,
            rules: { createHTML(input: string): string },
          ): { createHTML(input: string): unknown };
        };
      };
      let spa = spaWindow.__tandemSpa;
      if (!spa) {
        const policy = spaWindow.trustedTypes.createPolicy('tandem-test', { createHTML: (input) => input });
        const staleViews = (body: HTMLElement) =>
          [...body.children].filter(
            (element) =>
              !element.hasAttribute('data-tandem-host') &&
              /display\s*:\s*none/i.test(element.getAttribute('style') ?? ''),
          );
        const fixtureStyles = (head: HTMLHeadElement) =>
          [...head.querySelectorAll(':scope > style')].filter((style) => style.attributes.length === 0);
        const imported = (nodes: Iterable<Node>) => [...nodes].map((node) => document.importNode(node, true));
        const apply = (source: string) => {
          const next = new DOMParser().parseFromString(policy.createHTML(source) as string, 'text/html');
          const main = document.querySelector('[role="main"]');
          const nextMain = next.querySelector('[role="main"]');
          if (!main || !nextMain) throw new Error('swapToFixture: both pages need a [role="main"]');
          document.title = next.title;
          const banner = document.querySelector('header[role="banner"]');
          const nextBanner = next.querySelector('header[role="banner"]');
          if (banner && nextBanner) banner.replaceChildren(...imported(nextBanner.childNodes));
          const styles = fixtureStyles(document.head);
          for (const style of styles.slice(1)) style.remove();
          const nextStyles = imported(fixtureStyles(next.head));
          if (styles[0]) styles[0].replaceWith(...nextStyles);
          else document.head.append(...nextStyles);
          for (const view of staleViews(document.body)) view.remove();
          main.before(...imported(staleViews(next.body)));
          main.replaceChildren(...imported(nextMain.childNodes));
        };
        spa = { pages: new Map(), apply };
        spaWindow.__tandemSpa = spa;
        window.addEventListener('popstate', () => {
          const source = spaWindow.__tandemSpa?.pages.get(location.href);
          if (source) apply(source);
        });
      }
      if (fromHtml && !spa.pages.has(location.href)) spa.pages.set(location.href, fromHtml);
      spa.pages.set(url, html);
      // As Classroom does: the URL changes first, the new view renders a moment later (the previous
      // view's DOM is what a content script sees when wxt:locationchange fires).
      history.pushState({}, '', url);
      const render = spa.apply;
      setTimeout(() => render(html), 50);
    },
    { url: target.href, html, fromHtml },
  );
}
