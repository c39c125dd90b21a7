// Figure 3: the Calendar week with 300 generated event chips (tests/fixtures/calendar-week.mjs) plus five
// planning blocks Tandem recorded (one chip each, Monday to Friday, recorded in the extension's database with
// the app's own createBlock), so five block badges must appear. Measured:
//  - the load: DOMContentLoaded → all five badges painted, and what the load costs (with vs without Tandem);
//  - a re-render: Calendar replaces the grid's DOM (as tests/e2e/planning-time-more.spec.ts does with
//    swapCalendar, without the URL change), the badges go with it and Tandem puts them back. Per re-render:
//    Tandem's JS time (CPU profile: samples with Tandem's code on the stack, over all re-renders / count),
//    the added main-thread task time (TaskDuration delta with Tandem − the same delta without it), and the
//    time until the badges are back. At 1× and 4× CPU throttling.

import { serveHtml } from '../e2e/support/launch.mjs';
import { addChips, addDays, manyChipsWeekHtml, nextFutureWeek } from '../fixtures/calendar-week.mjs';
import { measureLoad, SAMPLING_US } from './load.mjs';
import { attributeProfile, metrics, topFunctions } from './page-probe.mjs';
import { mean, median, ms, p95, plusMs } from './report.mjs';
import { calendarRerender, prepareSpa } from './spa.mjs';

export const CHIPS = 300;
const PARTNERS = ['Marcus Lee', 'Ana Ortiz', 'Sam Patel', 'Kim Novak', 'Joe Brandt'];
const BLOCK_START = 13 * 60;
const BLOCK_END = 13 * 60 + 45;
/** After a re-render, how long each browser is left before the next one (all work is done well within). */
const WINDOW_MS = { 1: 400, 4: 1000 };
const LOAD_SETTLE_MS = 1000;

/** The 300-chip week and the blocks to record, for the first coming week that lies in one month. */
export function busyWeek(now = new Date()) {
  const week = nextFutureWeek(now);
  const blocks = PARTNERS.map((partner, index) => ({
    uid: `bench-block-${index}@tandem.example`,
    partnerId: `person:bench-partner-${index}`,
    title: `Co-planning: Dana Rivera + ${partner}`,
    firstDate: addDays(week.sunday, index + 1),
    start: BLOCK_START,
    end: BLOCK_END,
    repeat: 'weekly',
    timeZone: 'America/New_York',
  }));
  const chips = blocks.map((block) => ({
    date: block.firstDate,
    start: block.start,
    end: block.end,
    title: block.title,
  }));
  return { url: week.url, html: addChips(manyChipsWeekHtml(CHIPS, { weeks: week.weeks }), chips), blocks };
}

/** Records the blocks in Tandem's database from an extension page, with the app's createBlock (bundled). */
async function recordBlocks(tandem, bundle, blocks) {
  const page = await tandem.context.newPage();
  try {
    await page.goto(`chrome-extension://${tandem.extensionId}/manifest.json`);
    await page.evaluate(bundle);
    await page.evaluate(async (inputs) => {
      const db = globalThis.TandemBench.openDatabase();
      for (const input of inputs) await globalThis.TandemBench.createBlock(db, input);
      db.close();
    }, blocks);
  } finally {
    await page.close();
  }
}

/**
 * @param {{ tandem: object, control: object, bundle: string, runs: number, rates: number[],
 *   table: import('./report.mjs').Table, log: (text: string) => void }} options
 */
export async function calendarDecoration({ tandem, control, bundle, runs, rates, table, log }) {
  const week = busyWeek();
  await serveHtml(tandem.context, week.url, week.html);
  await serveHtml(control.context, week.url, week.html);
  await recordBlocks(tandem, bundle, week.blocks);
  const expectBadges = week.blocks.length;

  // Loads, at 1×.
  const loadOptions = { settleMs: LOAD_SETTLE_MS, expectBadges, profile: true };
  await measureLoad(tandem, week.url, loadOptions); // warm-up; Tandem also marks the blocks seen here
  await measureLoad(control, week.url, loadOptions);
  const withTandem = [];
  const without = [];
  for (let run = 0; run < runs; run++) {
    for (const browser of run % 2 === 0 ? [tandem, control] : [control, tandem]) {
      (browser === tandem ? withTandem : without).push(await measureLoad(browser, week.url, loadOptions));
    }
  }
  const badged = withTandem.filter((load) => load.t.badgesPainted !== undefined);
  const toBadges = badged.map((load) => load.t.badgesPainted - load.dcl);
  const floor = without.map((load) => load.t.dclPainted - load.dcl);
  table.add({
    figure: `${CHIPS}-chip week load: DOMContentLoaded → ${expectBadges} badges painted (n=${toBadges.length})`,
    value: `p50 ${ms(median(toBadges))}, p95 ${ms(p95(toBadges))}`,
    control: `next frame: p50 ${ms(median(floor))}, p95 ${ms(p95(floor))}`,
    goal: '—',
    pass: badged.length === runs ? undefined : false,
  });
  const diff = (key) => median(withTandem.map((load) => load[key])) - median(without.map((load) => load[key]));
  table.add({
    figure: `${CHIPS}-chip week load: Tandem JS on the stack (CPU profile), 1×`,
    value: ms(median(withTandem.map((load) => load.tandemJs))),
    control: '0 (no Tandem)',
  });
  table.add({
    figure: `${CHIPS}-chip week load: added script / task time, 1×`,
    value: `${plusMs(diff('script'))} / ${plusMs(diff('task'))}`,
    control: `${ms(median(without.map((load) => load.script)))} / ${ms(median(without.map((load) => load.task)))}`,
  });
  const count = (list) => mean(list.map((load) => (load.longtasks ?? []).length));
  const addedLong = count(withTandem) - count(without);
  table.add({
    figure: `${CHIPS}-chip week load: long tasks > 50 ms added per load, 1×`,
    value: `${addedLong >= 0 ? '+' : ''}${addedLong.toFixed(1)} (${count(withTandem).toFixed(1)}/load)`,
    control: `${count(without).toFixed(1)}/load`,
    goal: '0',
    pass: addedLong <= 0,
  });

  // Re-renders, each browser on one open page.
  for (const rate of rates) {
    const openT = await measureLoad(tandem, week.url, {
      settleMs: 8000,
      expectBadges,
      waitFor: 'badges',
      keep: true,
    });
    const openC = await measureLoad(control, week.url, { settleMs: 8000, waitFor: 'dcl', keep: true });
    const sides = [
      { browser: tandem, page: openT.page, cdp: openT.cdp, deltas: [], script: [], back: [], missing: 0 },
      { browser: control, page: openC.page, cdp: openC.cdp, deltas: [], script: [], back: [], missing: 0 },
    ];
    try {
      for (const side of sides) {
        await prepareSpa(side.page);
        await side.page.waitForTimeout(200);
        if (rate !== 1) await side.cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await side.cdp.send('Profiler.enable');
        await side.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
        await side.cdp.send('Profiler.start');
      }
      for (let run = 0; run < runs; run++) {
        for (const side of run % 2 === 0 ? sides : [...sides].reverse()) {
          const before = await metrics(side.cdp);
          await calendarRerender(side.page, week.html, side.browser === tandem ? expectBadges : 0);
          await side.page.waitForTimeout(WINDOW_MS[rate]);
          const after = await metrics(side.cdp);
          side.deltas.push(after.task - before.task);
          side.script.push(after.script - before.script);
          const t = await side.page.evaluate(() => ({ ...window.__bench.t }));
          if (side.browser === control) side.back.push(t.renderPainted - t.render);
          else if (t.badgesPainted === undefined) side.missing++;
          else side.back.push(t.badgesPainted - t.render);
        }
      }
      for (const side of sides) {
        const { profile } = await side.cdp.send('Profiler.stop');
        side.tandemJs =
          side.browser === tandem
            ? attributeProfile(profile, `chrome-extension://${tandem.extensionId}/`).tandem / runs
            : 0;
        if (side.browser === tandem && process.env.TANDEM_BENCH_TOP) {
          for (const [name, time] of topFunctions(profile, `chrome-extension://${tandem.extensionId}/`)) {
            log(`    re-render ${rate}× self time: ${ms(time / runs)} ${name}`);
          }
        }
      }
    } finally {
      for (const side of sides) await side.page.close().catch(() => undefined);
    }
    const [t, c] = sides;
    const added = median(t.deltas) - median(c.deltas);
    log(
      `  calendar re-render ${rate}×: task time per re-render median ${ms(median(t.deltas))} with Tandem, ` +
        `${ms(median(c.deltas))} without; script ${ms(median(t.script))} / ${ms(median(c.script))}`,
    );
    const addedScript = median(t.script) - median(c.script);
    table.add({
      figure: `${CHIPS}-chip re-render: added main-thread time (TaskDuration), ${rate}×`,
      value: plusMs(added),
      control: `${ms(median(c.deltas))} → ${ms(median(t.deltas))} per re-render`,
      goal: '≤ 16 ms',
      pass: t.missing === 0 && added <= 16,
    });
    table.add({
      figure: `${CHIPS}-chip re-render: added script time (ScriptDuration), ${rate}×`,
      value: plusMs(addedScript),
      control: `${ms(median(c.script))} → ${ms(median(t.script))} per re-render`,
      goal: '≤ 16 ms',
      pass: t.missing === 0 && addedScript <= 16,
    });
    table.add({
      figure: `${CHIPS}-chip re-render: Tandem JS on the stack (CPU profile), ${rate}×`,
      value: `${ms(t.tandemJs)} per re-render`,
      control: '0 (no Tandem)',
    });
    table.add({
      figure: `${CHIPS}-chip re-render → badges back, painted (n=${t.back.length}), ${rate}×`,
      value: `p50 ${ms(median(t.back))}, p95 ${ms(p95(t.back))}`,
      control: `next frame: p50 ${ms(median(c.back))}, p95 ${ms(p95(c.back))}`,
      pass: t.missing === 0 ? undefined : false,
    });
  }
  table.note(
    `Calendar: ${CHIPS} generated chips + the fixture's 17 + ${expectBadges} recorded planning blocks. A re-render ` +
      "replaces <body>'s children except Tandem's hosts with a freshly parsed copy of the same week. " +
      'The goal is checked on the added main-thread time (TaskDuration with Tandem − without, medians) and on ' +
      'the added ScriptDuration (Tandem\'s rAF callback, with the layout it forces inside it). "Tandem JS on the ' +
      'stack" (CPU profile) also counts, as Tandem\'s, the layout of the new grid that Tandem forces by reading ' +
      "chip positions in the frame's rAF, which the page would have done in that frame anyway: it can exceed " +
      "the added task time, and shows where Tandem's time goes rather than what it adds.",
  );
}
