import { readFile } from 'node:fs/promises';
import {
  type BrowserContext,
  test as base,
  type ConsoleMessage,
  expect,
  type Page,
  type Request,
  type Response,
  type WebError,
  type Worker,
} from '@playwright/test';
import { fixtureFor } from '../fixtures/routes.mjs';
import { extensionServiceWorker, launchTandem, reinstallExtension } from './support/launch.mjs';

// The Playwright harness for Tandem's end-to-end tests.
//
//   import { expect, swapToFixture, test } from './harness';
//   test('…', async ({ context, openFixture, extensionErrors }) => {
//     const page = await context.newPage();
//     await openFixture(page, 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all');
//     …
//     expect(extensionErrors).toEqual([]);
//   });
//
// Every test gets its own browser (Debian's Chromium, headless) with the built extension
// (.output/chrome-mv3: run `wxt build` first; `npm run test:e2e` does) in a fresh profile, so nothing a
// test saves leaks into the next one. Requests to classroom.google.com and calendar.google.com are
// answered from tests/fixtures at the real URLs (tests/fixtures/routes.mjs), with a strict CSP that
// requires Trusted Types; every other request is refused. See tests/e2e/support/launch.mjs.

export { expect };

/** Annotation for a test that provokes extension errors on purpose (otherwise any error fails the test). */
export const EXPECTS_ERRORS = 'expects-extension-errors';

export interface TandemFixtures {
  /** The extension's id (the host of its chrome-extension:// URLs). */
  extensionId: string;
  /** The extension's background service worker, once it has started. */
  serviceWorker: Worker;
  /**
   * Simulates Chrome updating Tandem under open tabs: the built extension is installed again (same id),
   * its service worker restarts, and content scripts already running in open tabs are orphaned.
   * Resolves with the new service worker (the `serviceWorker` fixture still holds the old one).
   * Use this, not `chrome.runtime.reload()`, which unloads a command-line-loaded extension for good.
   */
  updateExtension: () => Promise<Worker>;
  /** Opens a fixture page at its real Google URL; fails when no fixture models that URL. */
  openFixture: (page: Page, url: string) => Promise<Response>;
  /**
   * Errors from Tandem collected since the browser started: console errors and uncaught exceptions from
   * the service worker and extension pages, errors in Google pages that come from chrome-extension:// code
   * or mention Tandem, CSP and Trusted Types violations (the fixtures have no scripts, so any violation is
   * Tandem's), and requests to other hosts made by the extension or from a fixture page other than
   * navigations (all are refused). Assert it is empty.
   */
  extensionErrors: string[];
}

const collected = new WeakMap<BrowserContext, string[]>();

const POLICY_VIOLATION = /Content[- ]Security[- ]Policy|Trusted ?Type|TrustedHTML|TrustedScript/i;

function mentionsExtension(text: string): boolean {
  return text.includes('chrome-extension://') || /tandem/i.test(text) || POLICY_VIOLATION.test(text);
}

function where(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? ` (${url}:${lineNumber})` : '';
}

function watchExtensionErrors(context: BrowserContext, errors: string[]): void {
  // The context's console stream includes the service worker's (message.worker() tells them apart).
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const worker = message.worker();
    if (worker) {
      if (worker.url().startsWith('chrome-extension://')) {
        errors.push(`[service worker] console.error: ${message.text()}${where(message)}`);
      }
      return;
    }
    const pageUrl = message.page()?.url() ?? '';
    const { url } = message.location();
    if (
      pageUrl.startsWith('chrome-extension://') ||
      url.startsWith('chrome-extension://') ||
      mentionsExtension(message.text())
    ) {
      errors.push(`[${pageUrl}] console.error: ${message.text()}${where(message)}`);
    }
  });
  // Uncaught errors in pages, including content scripts (their stack names chrome-extension://).
  context.on('weberror', (webError: WebError) => {
    const error = webError.error();
    const pageUrl = webError.page()?.url() ?? '';
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (pageUrl.startsWith('chrome-extension://') || mentionsExtension(text)) {
      errors.push(`[${pageUrl}] uncaught: ${error.stack ?? error.message}`);
    }
  });
  // Playwright reports no uncaught errors from service workers: have the worker log them as console errors.
  const watchWorker = (worker: Worker) => {
    if (!worker.url().startsWith('chrome-extension://')) return;
    worker
      .evaluate(() => {
        const explain = (reason: unknown) =>
          reason instanceof Error ? (reason.stack ?? `${reason.name}: ${reason.message}`) : String(reason);
        self.addEventListener('error', (event) => console.error(`Uncaught ${explain(event.error ?? event.message)}`));
        self.addEventListener('unhandledrejection', (event) =>
          console.error(`Unhandled rejection ${explain(event.reason)}`),
        );
      })
      .catch(() => undefined); // the worker stopped meanwhile (e.g. the extension reloaded)
  };
  for (const worker of context.serviceWorkers()) watchWorker(worker);
  context.on('serviceworker', watchWorker);
}

function blockedByExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  // The fixtures run no script and load nothing from other hosts, so any other refused request that is
  // not a navigation (a test following a link to Drive is one) came from Tandem.
  return !request.isNavigationRequest();
}

/** Opens `url` (a real Google URL that a fixture answers) in `page`; returns the main response. */
export async function openFixture(page: Page, url: string): Promise<Response> {
  if (!fixtureFor(url)) throw new Error(`openFixture: no fixture answers ${url} (see tests/fixtures/routes.mjs)`);
  const response = await page.goto(url);
  if (!response) throw new Error(`openFixture: ${url} gave no response`);
  expect(response.status(), `status of ${url}`).toBe(200);
  return response;
}

export const test = base.extend<TandemFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  context: async ({}, use, testInfo) => {
    const errors: string[] = [];
    const tandem = await launchTandem({
      beforeRouting: (context) => watchExtensionErrors(context, errors),
      onBlocked: (request) => {
        if (blockedByExtension(request)) errors.push(`[network] refused a request to ${request.url()}`);
      },
    });
    collected.set(tandem.context, errors);
    // Chromium opens with one blank tab; tests open their own pages (and failure screenshots stay useful).
    for (const blank of tandem.context.pages()) await blank.close();
    await use(tandem.context);
    if (errors.length > 0) {
      await testInfo.attach('extension-errors.txt', { body: errors.join('\n'), contentType: 'text/plain' });
    }
    await tandem.close();
    // Every flow must run without a console error from Tandem; a test that provokes errors on purpose
    // says so with the `expects-extension-errors` annotation.
    const expected = testInfo.annotations.some((annotation) => annotation.type === EXPECTS_ERRORS);
    if (!expected && testInfo.status === testInfo.expectedStatus) {
      expect(errors, 'errors from Tandem during this test').toEqual([]);
    }
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionServiceWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  updateExtension: async ({ context }, use) => {
    await use(() => reinstallExtension(context));
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  openFixture: async ({}, use) => {
    await use(openFixture);
  },
  extensionErrors: async ({ context }, use) => {
    await use(collected.get(context) ?? []);
  },
});

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
