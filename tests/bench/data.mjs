// Figure 4: data at scale, in the extension's real IndexedDB. A fresh browser with Tandem; an extension page
// (chrome-extension://<id>/manifest.json: the extension's origin, and no app code running beside the bench)
// evaluates the bundled tests/bench/data-bench.ts, which fills the `tandem` database and times Tandem's own
// functions, each next to a raw-IndexedDB control on the same database (see data-bench.ts).
import { launchBrowser } from './browsers.mjs';
import { bytes, median, ms, p95 } from './report.mjs';

const GOALS = {
  noteGet: 5,
  planGet: 5,
  firstPage: 10,
};

/**
 * @param {{ bundle: string, scales: Array<{ notes: number, plans: number, repeat: number, heavy: number,
 *   controlWrites: boolean }>, table: import('./report.mjs').Table, log: (text: string) => void }} options
 */
export async function dataAtScale({ bundle, scales, table, log }) {
  const browser = await launchBrowser({ withTandem: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    await page.evaluate(bundle);
    const cdp = await browser.context.newCDPSession(page);
    for (const scale of scales) {
      const started = Date.now();
      await page.evaluate((options) => globalThis.TandemBench.fill(options), scale);
      await cdp.send('HeapProfiler.collectGarbage'); // the generated data is gone: measure without it around
      await page.evaluate((options) => globalThis.TandemBench.measureQuick(options), scale);
      const result = await page.evaluate((options) => globalThis.TandemBench.measureHeavy(options), scale);
      log(`  data ${result.notes} notes + ${result.plans} plans measured in ${ms(Date.now() - started)}`);
      const label = `${short(result.notes)} notes + ${short(result.plans)} plans`;
      const samples = (name) => result.samples[name] ?? { app: [], control: [] };
      const spread = (values) => (values.length ? `p50 ${ms(median(values))}, p95 ${ms(p95(values))}` : 'n/a');
      const row = (name, figure, goal) => {
        const { app, control } = samples(name);
        table.add({
          figure: `${figure}, ${label} (n=${app.length})`,
          value: spread(app),
          control: control.length ? `raw IndexedDB ${spread(control)}` : '—',
          goal: goal === undefined ? '—' : `p95 ≤ ${goal} ms`,
          pass: goal === undefined ? undefined : app.length > 0 && p95(app) <= goal,
        });
      };
      const insert = samples('insert');
      table.add({
        figure: `bulk insert (writeRecords, one transaction), ${label}`,
        value: ms(insert.app[0]),
        control: insert.control.length
          ? `raw IndexedDB puts ${ms(insert.control[0])}`
          : '— (not repeated at this size)',
      });
      row('noteGet', 'note get by id', GOALS.noteGet);
      row('planGet', 'plan get by id (getPlan)', GOALS.planGet);
      row('firstPage', "popup's first page of 50 notes (listNotes)", GOALS.firstPage);
      row('searchRare', 'search, a rare word (listNotes text)');
      row('searchCommon', 'search, two common words (listNotes text)');
      row('panelLoad', 'panel load for one lesson (plan, people ×2, its notes)');
      const exported = samples('export');
      table.add({
        figure: `export (exportBackup), ${label} (n=${exported.app.length})`,
        value: `${spread(exported.app)}; ${bytes(result.exportBytes)}`,
        control: exported.control.length ? `raw getAll + JSON ${spread(exported.control)}` : '—',
      });
      const imported = samples('import');
      const importGoal = result.notes <= 10_000 ? 5000 : undefined;
      if (result.skipped.import) {
        table.add({
          figure: `full import (parseBackup + importBackup replace), ${label}`,
          value: `${result.skipped.import}; the file is ${bytes(result.exportBytes)}`,
          control: '—',
          goal: importGoal ? '≤ 5 s' : 'its own export imports',
          pass: false,
        });
      } else {
        table.add({
          figure: `full import (parseBackup + importBackup replace), ${label} (n=${imported.app.length})`,
          value: `${spread(imported.app)} (parse ${ms(median(samples('importParse').app))})`,
          control: imported.control.length ? `JSON.parse + raw puts ${spread(imported.control)}` : '—',
          goal: importGoal ? '≤ 5 s (p95)' : '—',
          pass: importGoal ? imported.app.length > 0 && p95(imported.app) <= importGoal : undefined,
        });
      }
    }
  } finally {
    await browser.close();
  }
  table.note(
    'Data: generated deterministically in the page (notes of 6–30 words, two thirds common words, the rest a ' +
      'Zipf-like made-up vocabulary; 60% linked to a lesson; one note every 37 minutes; 12 people; lesson plans ' +
      '= notes / 10, as a teacher has far fewer lessons than notes). "bulk insert" is the import\'s write path ' +
      '(writeRecords, chunks of 2000, notes with their search fields). Controls use raw IndexedDB on the same ' +
      'database and rows. p95 of n samples is the nearest-rank value (with n < 20 it is the maximum or close).',
  );
}

function short(count) {
  return count >= 1000 ? `${count / 1000}k` : String(count);
}
