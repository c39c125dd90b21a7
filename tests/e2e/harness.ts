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

export { swapToFixture } from './support/spa';

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
  // Playwright's own `locale` option (en-US unless a spec says `test.use({ locale: 'es' })`) is also the browser's language.
  context: async ({ locale }, use, testInfo) => {
    const errors: string[] = [];
    const tandem = await launchTandem({
      locale,
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
