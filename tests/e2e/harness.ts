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
import { extensionServiceWorker, launchTandem, reinstallExtension, routeGoogle } from './support/launch.mjs';

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
/** A test that changes the browser in a way a reset cannot undo (an init script, a listener) says so with this. */
export const NEEDS_OWN_BROWSER = 'needs-own-browser';

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

/** Records, as an error of the test, a request the routing refused that Tandem made. */
function recordRefusals(errors: string[]) {
  return (request: Request) => {
    if (blockedByExtension(request)) errors.push(`[network] refused a request to ${request.url()}`);
  };
}

/** Opens `url` (a real Google URL that a fixture answers) in `page`; returns the main response. */
export async function openFixture(page: Page, url: string): Promise<Response> {
  if (!fixtureFor(url)) throw new Error(`openFixture: no fixture answers ${url} (see tests/fixtures/routes.mjs)`);
  const response = await page.goto(url);
  if (!response) throw new Error(`openFixture: ${url} gave no response`);
  expect(response.status(), `status of ${url}`).toBe(200);
  return response;
}

// One browser per Playwright worker, reset between tests. Launching Chromium was about 3.5 s of CPU per test, a
// third of the suite's; measured on the whole suite back to back (109 tests, 3 workers): 8.5 min with a browser per
// test, 6.5 min reused, all passing. The reset leaves nothing of the last test that Tandem or a test could read:
// its pages are closed, its routes replaced by the fixtures' own, its permissions cleared, and Tandem's database
// deleted and storage (local and session) cleared — from inside the worker, whose open database Dexie closes and
// reopens by itself (a versionchange). A browser is not reused after a test that failed, expected errors, updated
// the extension, or said it needs its own (NEEDS_OWN_BROWSER: an init script, a listener, a stopped worker), nor in
// another language. TANDEM_FRESH_BROWSER=1 gives every test its own browser, as before.

type Launched = Awaited<ReturnType<typeof launchTandem>>;
let shared: { tandem: Launched; errors: string[] } | null = null;
/** Browsers whose extension a test updated (reinstalled). */
const dirty = new WeakSet<BrowserContext>();

async function launchFor(locale: string) {
  const errors: string[] = [];
  const tandem = await launchTandem({
    locale,
    beforeRouting: (context) => watchExtensionErrors(context, errors),
    onBlocked: recordRefusals(errors),
  });
  collected.set(tandem.context, errors);
  for (const blank of tandem.context.pages()) await blank.close();
  return { tandem, errors };
}

async function resetTandem(entry: { tandem: Launched; errors: string[] }) {
  const { context } = entry.tandem;
  // A worker that was stopped (tests/e2e/save-worker-stopped.spec.ts) starts again only on an event: launch anew.
  const worker = context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('no running worker to reset');
  await context.clearPermissions();
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await routeGoogle(context, { onBlocked: recordRefusals(entry.errors) });
  await worker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { clear(): Promise<void> }; session: { clear(): Promise<void> } } };
      }
    ).chrome;
    await api.storage.local.clear();
    await api.storage.session.clear();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('tandem');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => undefined;
    });
  });
  for (const page of context.pages()) await page.close();
  entry.errors.length = 0;
}

export const test = base.extend<TandemFixtures>({
  context: async ({ locale }, use, testInfo) => {
    const reusable = (locale ?? 'en-US') === 'en-US' && process.env.TANDEM_FRESH_BROWSER !== '1';
    let entry = reusable ? shared : null;
    if (entry) {
      try {
        await resetTandem(entry);
      } catch {
        // Not resettable (e.g. its worker was stopped and has not started again): a new browser instead.
        await entry.tandem.close();
        entry = null;
      }
    }
    entry ??= await launchFor(locale ?? 'en-US');
    shared = null;
    const { tandem, errors } = entry;
    await use(tandem.context);
    if (errors.length > 0) {
      await testInfo.attach('extension-errors.txt', { body: errors.join('\n'), contentType: 'text/plain' });
    }
    const keep =
      reusable &&
      !dirty.has(tandem.context) &&
      testInfo.status === testInfo.expectedStatus &&
      !testInfo.annotations.some((annotation) => [EXPECTS_ERRORS, NEEDS_OWN_BROWSER].includes(annotation.type));
    if (keep) {
      for (const page of tandem.context.pages()) await page.close().catch(() => undefined);
      shared = entry;
    } else await tandem.close();
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
    await use(() => {
      dirty.add(context);
      return reinstallExtension(context);
    });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
  openFixture: async ({}, use) => {
    await use(openFixture);
  },
  extensionErrors: async ({ context }, use) => {
    await use(collected.get(context) ?? []);
  },
});
