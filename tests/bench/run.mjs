// The benchmark (issue 5): what Tandem costs the pages it runs in and how it scales with years of data.
//
//   flock /tmp/tandem-e2e.lock node tests/bench/run.mjs [--runs N] [--only page,latency,calendar,data,bundle,team]
//
// Builds the extension (`wxt build` → .output/chrome-mv3, so hold the shared lock for the whole run), then
// measures, each figure against a control in the same run (interleaved):
//   1. page cost of the Classroom assignment, Classwork and Calendar week fixtures: Chromium with Tandem vs
//      the same Chromium without it, at 1× and 4× CPU throttling (page-cost.mjs), with a same-run calibration
//      (a fixed reference script in the same page, calibration.mjs) and each figure as a multiple of it;
//   2. lesson-panel latency on load and on single-page navigation, warm and just-stopped worker (latency.mjs);
//   3. the 300-chip Calendar week: time to badges and re-decoration after a re-render (calendar.mjs);
//   4. data at scale in real IndexedDB: 10k and 100k notes (data.mjs, data-bench.ts);
//   5. bundle sizes and the content scripts' largest modules (bundle.mjs);
//   6. the Team page over a year of data: 10k plans read and drawn (team.mjs).
// Prints one table (stdout; progress goes to stderr): every figure on its own line with its control, its goal
// and `ok` / `MISS` (`info` for figures without a goal). Exit code 0 whatever the figures say; 1 only when the
// bench itself broke (a figure that could not be measured is also printed as MISS with the reason).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { chromiumPath, projectRoot, serveHtml } from '../e2e/support/launch.mjs';
import { nextFutureWeek, shiftedWeekHtml } from '../fixtures/calendar-week.mjs';
import { launchBrowser } from './browsers.mjs';
import { bundleSizes } from './bundle.mjs';
import { bundleDataBench } from './bundle-data-bench.mjs';
import { calendarDecoration } from './calendar.mjs';
import { dataAtScale } from './data.mjs';
import { panelLatency } from './latency.mjs';
import { pageCost } from './page-cost.mjs';
import { ms, Table } from './report.mjs';
import { teamPage } from './team.mjs';

const FIGURES = ['page', 'latency', 'calendar', 'data', 'bundle', 'team'];

function parseArgs(argv) {
  const options = { runs: 5, latencyRuns: 10, only: new Set(FIGURES) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') {
      options.runs = Number.parseInt(argv[++i] ?? '', 10);
      if (!(options.runs >= 2)) throw new Error('--runs needs a number ≥ 2');
      options.latencyRuns = Math.max(options.runs, 2 * options.runs);
    } else if (argv[i] === '--only') {
      options.only = new Set((argv[++i] ?? '').split(','));
      for (const name of options.only) if (!FIGURES.includes(name)) throw new Error(`unknown figure ${name}`);
    } else {
      throw new Error(`unknown argument ${argv[i]} (use --runs N, --only ${FIGURES.join(',')})`);
    }
  }
  return options;
}

const started = Date.now();
const log = (text) => process.stderr.write(`${text}\n`);
const elapsed = () => ms(Date.now() - started);

function build() {
  log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
    throw new Error('`npx wxt build` failed: nothing to measure');
  }
}

function chromiumVersion() {
  const result = spawnSync(chromiumPath(), ['--version'], { encoding: 'utf8' });
  return (result.stdout || '').trim() || 'unknown';
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const table = new Table();
  let broken = 0;
  const attempt = async (name, run) => {
    const begin = Date.now();
    try {
      await run();
    } catch (error) {
      broken++;
      log(`  ${name} broke: ${error?.stack ?? error}`);
      table.broken(name, String(error?.message ?? error).split('\n')[0]);
    }
    log(`  ${name} done in ${ms(Date.now() - begin)} (total ${elapsed()})`);
  };

  build();
  const bundle = ['calendar', 'data', 'team'].some((name) => options.only.has(name)) ? await bundleDataBench() : '';
  const calendarWeek = nextFutureWeek(new Date());
  const pages = [
    {
      name: 'Classroom assignment',
      url: 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details',
    },
    { name: 'Classwork', url: 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all' },
    { name: 'Calendar week', url: calendarWeek.url },
  ];

  if (['page', 'latency', 'calendar'].some((name) => options.only.has(name))) {
    log('Launching Chromium with Tandem and without it…');
    const tandem = await launchBrowser({ withTandem: true });
    const control = await launchBrowser({ withTandem: false });
    try {
      const weekHtml = shiftedWeekHtml({ weeks: calendarWeek.weeks });
      await serveHtml(tandem.context, calendarWeek.url, weekHtml);
      await serveHtml(control.context, calendarWeek.url, weekHtml);
      if (options.only.has('page')) {
        table.section('1. Page cost (with Tandem vs the same Chromium without it; medians of interleaved loads)');
        await attempt('page cost', () =>
          pageCost({ tandem, control, pages, rates: [1, 4], runs: options.runs, table, log }),
        );
      }
      if (options.only.has('latency')) {
        table.section('2. Panel latency (Classroom assignment)');
        await attempt('panel latency', () => panelLatency({ tandem, control, runs: options.latencyRuns, table, log }));
      }
      if (options.only.has('calendar')) {
        table.section('3. Calendar: a week with 300 event chips and 5 recorded planning blocks');
        await attempt('calendar', () =>
          calendarDecoration({ tandem, control, bundle, runs: options.runs, rates: [1, 4], table, log }),
        );
      }
    } finally {
      await tandem.close();
      await control.close();
    }
  }
  if (options.only.has('data')) {
    table.section('4. Data at scale (real IndexedDB in the extension; app functions vs raw IndexedDB)');
    await attempt('data at scale', () =>
      dataAtScale({
        bundle,
        scales: [
          { notes: 10_000, plans: 1_000, repeat: 100, heavy: 2, controlWrites: true },
          { notes: 100_000, plans: 10_000, repeat: 100, heavy: 1, controlWrites: false },
        ],
        table,
        log,
      }),
    );
  }
  if (options.only.has('bundle')) {
    table.section('5. Bundle sizes (.output/chrome-mv3)');
    await attempt('bundle sizes', () => bundleSizes({ table, log }));
  }
  if (options.only.has('team')) {
    table.section('6. Team page (issue 15): a year of data read and drawn');
    await attempt('team page', () => teamPage({ bundle, runs: Math.max(options.runs, 10), table, log }));
  }

  const cpu = cpus();
  const { ok, miss, info } = table.counts();
  const header = [
    `Tandem benchmark — ${new Date().toISOString()}`,
    `machine: ${cpu.length} CPU (${cpu[0]?.model?.trim() ?? 'unknown'}), ${(totalmem() / 1e9).toFixed(1)} GB RAM, ` +
      `Node ${process.version}, ${chromiumVersion()} headless`,
    `runs: N=${options.runs} loads per page, browser and throttling (interleaved, after one warm-up each); ` +
      `panel latency n=${options.latencyRuns} per case; Calendar n=${options.runs}; took ${elapsed()}`,
    `result: ${ok} ok, ${miss} MISS, ${info} info (figures without a goal)`,
    '',
  ];
  process.stdout.write(`${header.join('\n')}${table.render()}\n\nNotes:\n`);
  const notes = [
    ...(options.only.has('page')
      ? [
          'Page cost: each load is a new tab (a new renderer, as when a lesson opens in a tab), measured a fixed ' +
            "settle time after `load` (500 ms at 1×, 1.2 s at 4×; Tandem's UI is checked to be up by then) in both " +
            'browsers; medians of N. ScriptDuration (Performance.getMetrics) is the time inside script entry ' +
            'points (the script itself, event listeners, timers, rAF callbacks, with any layout they force): it ' +
            'misses asynchronous continuations run at microtask checkpoints. "Tandem JS on the stack" (CPU profile ' +
            'sampled every 200 µs, running in both browsers) counts every sample with Tandem code anywhere on the ' +
            'stack. TaskDuration is all main-thread task time (style, layout, paint, GC included), so its ' +
            'difference is the most complete "added" figure and also the noisiest. Long tasks: a ' +
            'PerformanceObserver("longtask") installed before load; Chrome attributes a content script\'s tasks ' +
            'to the page itself ("self"), so what is attributable to Tandem is the difference in count per load ' +
            'between the two browsers (blocking = time over 50 ms).',
        ]
      : []),
    ...table.notes,
  ];
  for (const note of notes) process.stdout.write(`- ${note}\n`);
  return broken;
}

try {
  const broken = await main();
  process.exitCode = broken > 0 ? 1 : 0;
} catch (error) {
  log(`The bench broke: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
