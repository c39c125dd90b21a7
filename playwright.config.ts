import { defineConfig } from '@playwright/test';

// End-to-end tests run the built extension (`wxt build` → .output/chrome-mv3) in Debian's Chromium
// (/usr/bin/chromium, or CHROMIUM_PATH); nothing is downloaded. The browser is launched by the harness
// (tests/e2e/harness.ts), one browser per worker reset between tests, so there is no `projects`/`use.browserName` here
// and no web server: the Google pages are answered from tests/fixtures by request routing.
export default defineConfig({
  testDir: 'tests/e2e',
  // 3 on the 2-core CI machine: a test spends much of its time waiting (a browser starting, a save, a
  // condition polled), so 2 workers kept about one core busy (the whole suite used ~375 s of CPU in 384 s on
  // a quiet machine). Measured back to back on the same tree, 95 tests, machine shared (load 7–21): 2 workers
  // 760 s, 3 workers 546 s, the same CPU time (374 s and 379 s), all passing. `--workers=1` still overrides.
  workers: 3,
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // An upper bound, not a budget: every wait is on a condition, and a busy shared machine (CI) runs slower. At load
  // 20–30 on 2 cores a browser took 8–13 s to start and the slowest test (options axe, light and dark) 80 s.
  timeout: 120_000,
  // Also an upper bound on a condition: the first paint after a browser starts can take seconds on a busy machine.
  expect: { timeout: 30_000 },
  // Beside the build when TANDEM_OUT_DIR separates concurrent runs in one work tree (wxt.config.ts).
  outputDir: process.env.TANDEM_OUT_DIR ? `${process.env.TANDEM_OUT_DIR}/test-results` : 'test-results',
  use: {
    screenshot: 'only-on-failure',
  },
});
