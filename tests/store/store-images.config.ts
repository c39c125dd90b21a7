import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

// `npm run store-images`: the Chrome Web Store and addons.mozilla.org images, made from the demo pages with the built
// extension (store-images.spec.ts). Not part of `npm test`: it checks nothing a test does not, it draws pictures.
export default defineConfig({
  ...base,
  testDir: '.',
  workers: 1,
  retries: 0,
  // Beside the images, not in tests/store/ (a relative outputDir is resolved from this file's folder).
  outputDir: resolve(process.env.TANDEM_OUT_DIR ?? '.output', 'store-test-results'),
});
