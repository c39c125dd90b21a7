import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionDir } from './support/launch.mjs';

// What the built extension carries into Google's pages (no browser needed: reads the build that
// `npm run test:e2e` makes first). The database must never be reachable from a page (.github/CONTRIBUTING.md rule 1),
// and classic zod (~20 kB gz) stays out; zod/mini is what page-side validation uses. The content scripts
// themselves are loaded on every Google page, so Preact, zod and the panels live in on-demand chunks
// (lazy/<site>/*.js, utils/build/lazy-chunks.ts) that only the pages showing them import.

const read = (file: string) => readFileSync(join(extensionDir, file), 'utf8');
// Classic zod registers constructors named "ZodString", "ZodObject"…; zod/mini's are "ZodMiniString"…
const CLASSIC_ZOD = /["'`]Zod(String|Object|Array|Type)["'`]/;
const ZOD_MINI = /ZodMini/;
// Preact's vnodes keep their children under the mangled property `__k`, which survives minification.
const PREACT = /\.__k\b/;

const PAGE_FILES = [
  'content-scripts/classroom.js',
  'content-scripts/calendar.js',
  'lazy/classroom/lesson-plan.js',
  'lazy/classroom/plan-editor.js',
  'lazy/classroom/class-summary.js',
  'lazy/classroom/describe.js',
  'lazy/calendar/planning-time.js',
  'lazy/calendar/planning-panel.js',
];

test('nothing that runs in Google’s pages holds Dexie, classic zod or the .ics writer', () => {
  for (const file of PAGE_FILES) {
    const content = read(file);
    expect(content, file).not.toMatch(/Dexie/);
    expect(content, file).not.toMatch(CLASSIC_ZOD);
    // .ics files are written in the background (utils/planning-time/agenda-answers.ts): `ics` and its validator stay out of pages.
    expect(content, file).not.toMatch(/PRODID/);
  }
});

test('the content scripts loaded on every page hold neither Preact nor zod; only the panels’ chunks hold Preact', () => {
  for (const file of ['content-scripts/classroom.js', 'content-scripts/calendar.js']) {
    expect(read(file), file).not.toMatch(ZOD_MINI);
    expect(read(file), file).not.toMatch(PREACT);
  }
  for (const file of [
    'lazy/classroom/lesson-plan.js',
    'lazy/classroom/plan-editor.js',
    'lazy/calendar/planning-panel.js',
  ]) {
    expect(read(file), file).toMatch(PREACT);
  }
  // A list page shows badges and a few lines of summary, built with DOM calls; a Calendar page load reads
  // the grid and badges blocks. Preact comes only with a panel: the lesson's, or Calendar's once opened.
  for (const file of ['lazy/classroom/class-summary.js', 'lazy/calendar/planning-time.js']) {
    expect(read(file), file).not.toMatch(PREACT);
  }
  // Classroom text a panel shows or stores (titles, course names) is validated with zod/mini where it is
  // read: the lesson panel and the popup's page description. The summary keeps no page text (ids and
  // parsed dates only: list-due-dates.ts). Calendar's grid is read as ids and pixel positions, checked by
  // hand; a constant imported from a schema module once pulled all of zod in (calendar-values.ts).
  for (const file of ['lazy/classroom/lesson-plan.js', 'lazy/classroom/describe.js']) {
    expect(read(file), file).toMatch(ZOD_MINI);
  }
  for (const file of [
    'lazy/classroom/class-summary.js',
    'lazy/calendar/planning-time.js',
    'lazy/calendar/planning-panel.js',
  ]) {
    expect(read(file), file).not.toMatch(ZOD_MINI);
  }
});

test('chunks use the content script’s browser API instead of bundling a second webextension-polyfill', () => {
  // A message only webextension-polyfill's runtime.sendMessage wrapper writes.
  const polyfill = /The message port closed before a response was received/;
  expect(read('content-scripts/classroom.js')).toMatch(polyfill); // the check can fail: the polyfill is here
  for (const file of PAGE_FILES.filter((name) => name.startsWith('lazy/'))) {
    expect(read(file), file).not.toMatch(polyfill);
  }
});

test('the checks above can fail: the background bundle does carry Dexie', () => {
  const background = read('background.js');
  expect(background).toMatch(/Dexie/);
  expect(background).not.toMatch(CLASSIC_ZOD);
  expect(background).toMatch(/PRODID/);
});

/**
 * Bytes, minified, as built. Issue 5's goal for a content script is 30 kB (they are about 23 and 16 kB).
 * The chunks have budgets too, so that growth is a deliberate decision: raise one only on purpose, with
 * the reason in the commit.
 */
const BUDGETS: Record<string, number> = {
  'content-scripts/classroom.js': 30_000,
  'content-scripts/calendar.js': 30_000,
  // The compact plan every lesson page shows (issue 14 item 1): 63.2 kB, down from the whole editor's 84.6 kB.
  // Preact (13 kB), zod/mini for the page text it reads (11 kB), the edit session and outbox, WXT's shadow UI.
  // Then 64.3 kB, +1.8 kB to read due dates in English and Spanish from Intl's names (issue 16).
  'lazy/classroom/lesson-plan.js': 66_500,
  // The full plan, loaded only when a teacher opens it: 42.2 kB ("When it is taught", Undo, Copy plan from…).
  'lazy/classroom/plan-editor.js': 45_000,
  // The class summary: 19.5 kB, +1.8 kB to read due dates in English and Spanish (issue 16): 21.3 kB; 21.5 kB built
  // with WXT 0.20 (kept for Node 20: +22 bytes per chunk).
  'lazy/classroom/class-summary.js': 22_000,
  'lazy/classroom/describe.js': 20_000,
  // 41.1 kB since the school day may be the school's (issue 16: "Set by your school", its fields disabled) and
  // WXT 0.20's +22 bytes.
  'lazy/calendar/planning-time.js': 41_500,
  'lazy/calendar/planning-panel.js': 45_000,
};

test('each script Tandem puts in a page stays within its size budget', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const size = statSync(join(extensionDir, file)).size;
    expect(size, file).toBeGreaterThan(500); // a real bundle, not an empty file
    expect(size, file).toBeLessThanOrEqual(budget);
  }
});
