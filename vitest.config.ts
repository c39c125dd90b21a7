import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const UNIT_DIR = 'tests/unit';
const TEST_FILE = /\.test\.tsx?$/;

// What a test file does that another file in the same module graph could see or undo: module mocks,
// stubbed globals, spies, fake timers, a jsdom environment, patched prototypes, globals or environment
// variables set by hand (even when restored). A file that does none of these only calls functions, so it
// runs with `isolate: false`: its imports are evaluated once per worker, not once per file (importing the
// same modules again for each of ~100 files was over half of the unit run: 142 s → 59 s measured with this
// split, same 1278 tests passing, also in shuffled order). Every other file keeps its own module graph, as
// before. Decided from each file's text when the run starts, so a new test file that mocks or stubs is
// isolated without anyone editing a list.
const NEEDS_ISOLATION =
  /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|spyOn|useFakeTimers|resetModules)\b|@vitest-environment|\.prototype\b|\bglobalThis\b|\bprocess\.env\b/;

const testFiles = readdirSync(UNIT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => TEST_FILE.test(file))
  .map((file) => `${UNIT_DIR}/${file.replaceAll('\\', '/')}`);
const isolated = testFiles.filter((file) => NEEDS_ISOLATION.test(readFileSync(file, 'utf8')));
const shared = testFiles.filter((file) => !isolated.includes(file));

// Unit tests only (tests/unit). WxtVitest applies wxt.config.ts (aliases such as `@/`, the Preact plugin)
// and swaps `wxt/browser` for an in-memory fake. The end-to-end tests in tests/e2e belong to Playwright.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // An upper bound, not a budget (as in playwright.config.ts): on the shared 2-core CI machine at load 20–30, a
    // test that reads the week fixture in jsdom twice took 9.4 s against vitest's default of 5 s and failed.
    testTimeout: 30_000,
    // One test process per core. Vitest 4 leaves one core free by default, which on the 2-core CI machine is one
    // process: measured back to back, 1615 tests, load 3-6: 86 s wall (103 s CPU) with its default, 58 s (106 s
    // CPU) with 2. Processes, not threads: the time-zone tests set TZ, which threads share (2 failed with threads).
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'shared', include: shared, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
