import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run stress`: not part of `npm test` (a few minutes). Same harness and browser as the e2e tests.
export default defineConfig({
  ...base,
  testDir: '.',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
});
