// Launches Debian's Chromium with the built extension and answers the two Google origins from the offline
// fixtures, at their real URLs, with a strict Content-Security-Policy. Shared by the Playwright harness
// (tests/e2e/harness.ts) and the demo (tests/tools/start.mjs), so it is plain JavaScript that bare node runs.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { fixtureFor } from '../../fixtures/routes.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The project root. */
export const projectRoot = resolve(here, '../../..');

/** Where `wxt build` writes the Chrome extension (TANDEM_OUT_DIR moves it, as in wxt.config.ts). */
export const extensionDir = join(resolve(projectRoot, process.env.TANDEM_OUT_DIR || '.output'), 'chrome-mv3');

/** Debian's Chromium (apt package `chromium`), or the browser named by CHROMIUM_PATH. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** The origins Tandem runs on; every other request from the browser is refused. */
export const GOOGLE_ORIGINS = Object.freeze(['https://classroom.google.com', 'https://calendar.google.com']);

/**
 * Served with every fixture. Stricter than Google's own policy on purpose: no script may run and no
 * resource may load from anywhere (the fixtures are self-contained), inline styles only, and Trusted Types
 * are required for every DOM-XSS sink, as on the real Classroom. Any violation by Tandem's content script
 * shows up as a console error. There is deliberately no `trusted-types` directive: without it any policy
 * name is allowed, which the test helper `swapToFixture` relies on (policy `tandem-test`).
 */
export const FIXTURE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "object-src 'none'",
  "base-uri 'self'", // Calendar pages set <base href>
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const FIXTURE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': FIXTURE_CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/**
 * Answers https://classroom.google.com/** and https://calendar.google.com/** from tests/fixtures
 * (unknown paths get a plain-text 404) and aborts every other request except extension and data URLs.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {{ onBlocked?: (request: import('@playwright/test').Request) => void }} [options]
 */
export async function routeGoogle(context, options = {}) {
  // Routes run in the reverse order of registration: the catch-all first, so it is consulted last.
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    if (GOOGLE_ORIGINS.includes(new URL(url).origin)) return route.fallback();
    options.onBlocked?.(request);
    return route.abort('blockedbyclient');
  });
  for (const origin of GOOGLE_ORIGINS) {
    await context.route(`${origin}/**`, async (route) => {
      const url = route.request().url();
      const file = fixtureFor(url);
      if (!file) {
        return route.fulfill({
          status: 404,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          body: `No offline fixture for ${url} (see tests/fixtures/routes.mjs)\n`,
        });
      }
      // Read on every request, so a fixture edited while a demo runs is served as it is now.
      return route.fulfill({ status: 200, headers: FIXTURE_HEADERS, body: await readFile(file, 'utf8') });
    });
  }
}

/**
 * Serves `html` at exactly `url` (a real Google URL), with the same headers as the fixtures: for pages made
 * on the fly, such as the Calendar week moved to a future date. Registered after routeGoogle, so it wins.
 * Returns a function that replaces the page served from then on (Calendar re-rendered, an event deleted).
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {string} html
 */
export async function serveHtml(context, url, html) {
  let body = html;
  const wanted = new URL(url).href;
  await context.route(
    (candidate) => candidate.href === wanted,
    (route) => route.fulfill({ status: 200, headers: FIXTURE_HEADERS, body }),
  );
  return (next) => {
    body = next;
  };
}

/**
 * Launches Chromium with the built extension in a fresh temporary profile, routed to the fixtures.
 * `close()` closes the browser and deletes the profile.
 * @param {{
 *   headless?: boolean,
 *   args?: string[],
 *   viewport?: { width: number, height: number } | null,
 *   onBlocked?: (request: import('@playwright/test').Request) => void,
 *   beforeRouting?: (context: import('@playwright/test').BrowserContext) => void,
 *   handleSignals?: boolean,
 *   locale?: string,
 * }} [options]
 */
export async function launchTandem(options = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir} has no manifest.json. Run \`npx wxt build\` first.`);
  }
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Run \`node tests/tools/ensure-chromium.mjs\` (installs it as root).`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'tandem-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--disable-gpu',
        // The browser's own language, which picks the extension's _locales folder (Intl and
        // navigator.language follow `locale` below).
        ...(options.locale ? [`--lang=${options.locale}`] : []),
        ...(options.args ?? []),
      ],
      timezoneId: 'America/New_York',
      locale: options.locale ?? 'en-US',
      ...(options.viewport !== undefined ? { viewport: options.viewport } : {}),
      // A caller that handles Ctrl+C itself (tests/tools/start.mjs) closes the browser and deletes the profile.
      ...(options.handleSignals === false ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  options.beforeRouting?.(context);
  await routeGoogle(context, { onBlocked: options.onBlocked });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    },
  };
}

/**
 * The extension's background service worker (waits for it to start).
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function extensionServiceWorker(context, timeout = 10_000) {
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout }))
  );
}

/**
 * What Chrome does when the extension is updated under open tabs: installs the built extension again
 * from .output/chrome-mv3 (same id; the CDP command `Extensions.loadUnpacked`), which restarts the
 * service worker and orphans the content scripts already running in open tabs. Resolves with the new
 * service worker. (`chrome.runtime.reload()` cannot be used for this: in Chromium 156 an extension
 * loaded from the command line is unloaded by it and never comes back.)
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function reinstallExtension(context, timeout = 10_000) {
  const browser = context.browser();
  if (!browser) throw new Error('reinstallExtension: the context has no browser to talk to');
  const isOurs = (worker) => worker.url().startsWith('chrome-extension://');
  const restarted = context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
  const session = await browser.newBrowserCDPSession();
  try {
    await session.send('Extensions.loadUnpacked', { path: extensionDir });
  } finally {
    await session.detach().catch(() => undefined);
  }
  return restarted;
}
