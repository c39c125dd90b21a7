import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionDir } from './support/launch.mjs';

// What the built content script carries into Google's pages (no browser needed: reads the build that
// `npm run test:e2e` makes first). The database must never be reachable from a page (DESIGN.md rule 1),
// and classic zod (~20 kB gz) stays out; zod/mini is what page-side validation uses.

const read = (file: string) => readFileSync(join(extensionDir, file), 'utf8');
// Classic zod registers constructors named "ZodString", "ZodObject"…; zod/mini's are "ZodMiniString"…
const CLASSIC_ZOD = /["'`]Zod(String|Object|Array|Type)["'`]/;

test('the Classroom content script holds no Dexie and no classic zod', () => {
  const content = read('content-scripts/classroom.js');
  expect(content).not.toMatch(/Dexie/);
  expect(content).not.toMatch(CLASSIC_ZOD);
  expect(content).toMatch(/ZodMini/); // page readers validate with zod/mini
});

test('the Calendar content script holds no Dexie, no classic zod and no .ics writer', () => {
  const content = read('content-scripts/calendar.js');
  expect(content).not.toMatch(/Dexie/);
  expect(content).not.toMatch(CLASSIC_ZOD);
  // .ics files are written in the background (utils/db/agenda.ts): `ics` and its validator stay out of pages.
  expect(content).not.toMatch(/PRODID/);
});

test('the checks above can fail: the background bundle does carry Dexie', () => {
  const background = read('background.js');
  expect(background).toMatch(/Dexie/);
  expect(background).not.toMatch(CLASSIC_ZOD);
  expect(background).toMatch(/PRODID/);
});

/**
 * Bytes, minified, as built. Issue 5's goal is 30 kB; the content scripts are about 89 kB today, and the
 * README's performance section says why and what would close the gap. Until then this budget stops them
 * from growing unnoticed: raise it only on purpose, with the reason in the commit.
 */
const CONTENT_SCRIPT_BUDGET = 92_000;

test('each content script stays within its size budget', () => {
  for (const file of ['content-scripts/classroom.js', 'content-scripts/calendar.js']) {
    const size = statSync(join(extensionDir, file)).size;
    expect(size, file).toBeGreaterThan(10_000); // a real bundle, not an empty file
    expect(size, file).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
  }
});
