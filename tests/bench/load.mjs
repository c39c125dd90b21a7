// One page load in one of the two browsers, with its costs: the shared step of the page-cost, latency and
// Calendar figures.
import { attributeProfile, metrics, PAGE_PROBE, tandemUiUp } from './page-probe.mjs';

/** CPU profile sampling interval, µs: fine enough for a few ms of work, cheap enough to run in both browsers. */
export const SAMPLING_US = 200;

/**
 * Opens `url` in a new tab of `browser` (a new tab is a new renderer, as when a teacher opens a lesson in a
 * tab), waits for `load` and then `settleMs`, and returns what the page cost. With `waitFor` ('plan' /
 * 'badges' / 'ui'), it waits for that probe timestamp (after its paint) instead of a fixed time, up to
 * `settleMs`. The tab is closed afterwards unless `keep`. `initScript`: more source to run in the page's main
 * world after the probe, before the page's own code (the calibration's reference script, calibration.mjs).
 * @param {{ context: import('@playwright/test').BrowserContext, extensionId: string | null }} browser
 * @param {string} url
 * @param {{ rate?: number, settleMs: number, profile?: boolean, expectTitle?: string, expectBadges?: number,
 *   waitFor?: 'plan' | 'badges' | 'dcl', keep?: boolean, initScript?: string }} options
 */
export async function measureLoad(browser, url, options) {
  const {
    rate = 1,
    settleMs,
    profile = false,
    expectTitle,
    expectBadges = 0,
    waitFor,
    keep = false,
    initScript,
  } = options;
  const page = await browser.context.newPage();
  let kept = false;
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const expectations = [
      expectTitle ? `window.__bench.expectTitle = ${JSON.stringify(expectTitle)};` : '',
      expectBadges ? `window.__bench.expectBadges = ${expectBadges};` : '',
    ].join('');
    await page.addInitScript(PAGE_PROBE + expectations);
    if (initScript) await page.addInitScript(initScript);
    let dclMonotonic = Number.NaN;
    if (profile) {
      // DOMContentLoaded on the profile's clock, to see when the content script really starts.
      cdp.on('Page.domContentEventFired', ({ timestamp }) => {
        dclMonotonic = timestamp * 1000;
      });
      await cdp.send('Page.enable');
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load' });
    let reached = true;
    if (waitFor) {
      reached = await page
        .waitForFunction((key) => window.__bench.t[`${key}Painted`] !== undefined, waitFor, {
          timeout: settleMs,
          polling: 20,
        })
        .then(() => true)
        .catch(() => false);
    } else {
      await page.waitForTimeout(settleMs);
    }
    const cost = await metrics(cdp);
    let tandemJs = Number.NaN;
    let busy = Number.NaN;
    let scriptStartAfterDcl = Number.NaN;
    if (profile) {
      const { profile: cpuProfile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      const attributed = attributeProfile(cpuProfile, `chrome-extension://${browser.extensionId}/`);
      ({ tandem: tandemJs, busy } = attributed);
      if (!browser.extensionId) tandemJs = 0;
      scriptStartAfterDcl = attributed.firstTandemUs / 1000 - dclMonotonic;
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { heap } = await metrics(cdp);
    const facts = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const bench = window.__bench;
      return {
        t: { ...bench.t },
        longtasks: bench.longtasks,
        dcl: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        loadEnd: navigation?.loadEventEnd ?? Number.NaN,
        // Set by the Classroom content script as the first thing main() does (same timeline as the page).
        scriptStart: performance.getEntriesByName('tandem:classroom:start').at(-1)?.startTime ?? Number.NaN,
      };
    });
    // Whether Tandem's UI is up (inside its closed roots), seen over CDP once the costs above are read.
    const uiReady = browser.extensionId ? await tandemUiUp(cdp) : false;
    if (keep) {
      kept = true;
      return { ...cost, heap, tandemJs, busy, scriptStartAfterDcl, ...facts, uiReady, reached, page, cdp };
    }
    return { ...cost, heap, tandemJs, busy, scriptStartAfterDcl, ...facts, uiReady, reached };
  } finally {
    if (!kept) await page.close().catch(() => undefined);
  }
}
