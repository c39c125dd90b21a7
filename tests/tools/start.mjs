// `npm start`: builds Tandem and shows it on the built-in demo Classroom and Calendar pages (tests/fixtures,
// served at their real URLs; nothing reaches the network). The Calendar week is moved to a coming week,
// because Tandem never offers planning times that have already passed. With a display, Chromium opens with the demo pages in
// tabs and this keeps running until the browser is closed. Without one, it writes full-page screenshots
// of the demo pages to demo-screenshots/ and exits.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { nextFutureWeek, shiftedWeekHtml } from '../fixtures/calendar-week.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const CLASSROOM = 'https://classroom.google.com/u/0';
const DEMO_PAGES = [
  {
    name: 'assignment',
    title: 'Assignment details',
    url: `${CLASSROOM}/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details`,
  },
  { name: 'material', title: 'Material details', url: `${CLASSROOM}/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details` },
  { name: 'classwork', title: 'Classwork', url: `${CLASSROOM}/w/NjM4NTk1MjQ3MTQ3/t/all` },
  { name: 'stream', title: 'Stream', url: `${CLASSROOM}/c/NjM4NTk1MjQ3MTQ3` },
];
const CALENDAR_WEEK = nextFutureWeek(new Date());
DEMO_PAGES.push({ name: 'calendar-week', title: 'Calendar week', url: CALENDAR_WEEK.url, launcher: true });
const HEADFUL_TABS = ['assignment', 'classwork', 'stream', 'calendar-week'];

/** Serves the demo Calendar week (moved to a coming week) at its real URL. */
async function serveCalendar(context, serveHtml) {
  await serveHtml(context, CALENDAR_WEEK.url, shiftedWeekHtml({ weeks: CALENDAR_WEEK.weeks }));
}
const UI_TIMEOUT_MS = 5_000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function build() {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) fail('The build failed (see above), so there is nothing to show.');
}

/** Waits for Tandem's UI (hosts marked `data-tandem-host`) to appear and render; false when it does not. */
async function waitForTandem(page) {
  try {
    await page.waitForSelector('[data-tandem-host]', { state: 'attached', timeout: UI_TIMEOUT_MS });
    const deadline = Date.now() + UI_TIMEOUT_MS;
    while (!(await tandemUiShown(page))) {
      if (Date.now() > deadline) return false;
      await page.waitForTimeout(100);
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(300); // let the last paint land (data arrives from the background)
    return true;
  } catch {
    return false;
  }
}

// Tandem's UI lives in closed shadow roots, which page scripts (and Playwright's locators) cannot enter;
// the demo looks inside with DevTools' access, as tests/e2e/support/closed-roots.ts does for the tests.

/** True when every Tandem host's closed shadow root shows some text. */
async function tandemUiShown(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const hosts = [];
    const visit = (node) => {
      if ((node.attributes ?? []).includes('data-tandem-host')) hosts.push(node);
      for (const child of [
        ...(node.children ?? []),
        ...(node.shadowRoots ?? []),
        ...(node.contentDocument ? [node.contentDocument] : []),
      ]) {
        visit(child);
      }
    };
    visit(root);
    const hasText = (node) =>
      (node.nodeType === 3 && node.nodeValue.trim().length > 0) ||
      [...(node.children ?? []), ...(node.shadowRoots ?? [])].some(hasText);
    return hosts.length > 0 && hosts.every((host) => (host.shadowRoots ?? []).some(hasText));
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Clicks the button named `name` inside Tandem's UI, found in Chromium's accessibility tree. */
async function clickTandemButton(page, name) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      nodeId: root.nodeId,
      accessibleName: name,
      role: 'button',
    });
    const backendNodeId = nodes.find((node) => node.backendDOMNodeId)?.backendDOMNodeId;
    if (!backendNodeId) throw new Error(`No button named ${name}`);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The extension's own pages: the quick-note popup (linked to the demo assignment's tab) and the options page. */
async function extensionPages(context, extensionServiceWorker, assignmentUrl) {
  const worker = await extensionServiceWorker(context);
  // URL.origin is "null" for chrome-extension: URLs in Node, so build it from the host.
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const tabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).find((tab) => tab.url === url)?.id,
    assignmentUrl,
  );
  return [
    {
      name: 'popup',
      title: 'Quick-note popup',
      url: `${origin}/popup.html${tabId ? `?tab=${tabId}` : ''}`,
      popup: true,
    },
    { name: 'options', title: 'Options page', url: `${origin}/options.html` },
  ];
}

async function showInWindow(launchTandem, serveHtml, extensionServiceWorker) {
  const tandem = await launchTandem({
    headless: false,
    viewport: null,
    args: ['--start-maximized'],
    handleSignals: false,
  });
  const { context } = tandem;
  await serveCalendar(context, serveHtml);
  let quitting = false;
  const quit = async () => {
    if (quitting) return;
    quitting = true;
    await tandem.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, quit);
  context.on('close', quit);

  const pages = DEMO_PAGES.filter((page) => HEADFUL_TABS.includes(page.name));
  const blank = context.pages()[0];
  for (const [index, demo] of pages.entries()) {
    const page = index === 0 && blank ? blank : await context.newPage();
    await page.goto(demo.url);
  }
  const ownPages = await extensionPages(context, extensionServiceWorker, DEMO_PAGES[0].url);
  for (const demo of ownPages) await (await context.newPage()).goto(demo.url);
  await context.pages()[0]?.bringToFront();
  console.log('\nChromium is open with Tandem on the demo Classroom and Calendar pages:');
  for (const demo of [...pages, ...ownPages]) console.log(`  ${demo.title.padEnd(20)} ${demo.url}`);
  console.log('\nThe toolbar button (or Alt+Shift+N) opens the quick-note popup on any tab.');
  console.log('\nThe pages are offline copies (tests/fixtures); links that leave them go nowhere.');
  console.log('The browser uses a throw-away profile: what you save is gone when it closes.');
  console.log('To quit, close the browser window (or press Ctrl+C here).');
}

async function screenshots(launchTandem, serveHtml, extensionServiceWorker, projectRoot) {
  console.log('No display found: writing screenshots of the demo pages to demo-screenshots/ instead');
  const outDir = join(projectRoot, 'demo-screenshots');
  await mkdir(outDir, { recursive: true });
  const tandem = await launchTandem({ headless: true, viewport: { width: 1280, height: 900 } });
  await serveCalendar(tandem.context, serveHtml);
  let warnings = 0;
  try {
    const page = tandem.context.pages()[0] ?? (await tandem.context.newPage());
    for (const demo of DEMO_PAGES) {
      await page.goto(demo.url);
      if (!(await waitForTandem(page))) {
        warnings += 1;
        console.warn(`  warning: Tandem's UI did not appear on ${demo.title} within ${UI_TIMEOUT_MS / 1000} s`);
      }
      // Calendar's panel opens from its launcher: open it so the screenshot shows it.
      if (demo.launcher) {
        await clickTandemButton(page, 'Tandem planning time');
        await page.waitForTimeout(500); // the panel's code loads on first open
      }
      const file = join(outDir, `${demo.name}.png`);
      await page.screenshot({ path: file, fullPage: !demo.launcher });
      console.log(`  ${relative(process.cwd(), file) || file}  (${demo.title})`);
    }
    // The popup and options page, with the demo assignment open in the first tab so the popup links to it.
    await page.goto(DEMO_PAGES[0].url);
    await waitForTandem(page);
    const own = await tandem.context.newPage();
    for (const demo of await extensionPages(tandem.context, extensionServiceWorker, DEMO_PAGES[0].url)) {
      if (demo.popup) await own.setViewportSize({ width: 400, height: 600 });
      else await own.setViewportSize({ width: 1280, height: 900 });
      await own.goto(demo.url);
      await own.waitForLoadState('load');
      await own.waitForTimeout(500); // the database answers after load
      const file = join(outDir, `${demo.name}.png`);
      await own.screenshot({ path: file, fullPage: true });
      console.log(`  ${relative(process.cwd(), file) || file}  (${demo.title})`);
    }
  } finally {
    await tandem.close();
  }
  if (warnings > 0) console.warn(`${warnings} page(s) were captured without Tandem's UI.`);
}

async function main() {
  try {
    ensureChromium();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  build();
  // Imported after the build so a missing dependency is reported after the build's own errors.
  const { extensionServiceWorker, launchTandem, projectRoot, serveHtml } = await import('../e2e/support/launch.mjs');
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
    await showInWindow(launchTandem, serveHtml, extensionServiceWorker);
  else await screenshots(launchTandem, serveHtml, extensionServiceWorker, projectRoot);
}

await main();
