// Builds the content scripts once more, exactly as `wxt build` does (same wxt.config.ts, production mode), but
// with source maps and into another folder (argv[2]), so the bundle figures can say which modules fill each
// content script and on-demand chunk (utils/build/lazy-chunks.ts builds those from the same config). Run as
// a child process by tests/bench/bundle.mjs (its log is kept out of the table).
import { build } from 'wxt';
import { projectRoot } from '../e2e/support/launch.mjs';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node tests/bench/build-sourcemaps.mjs <outDir>');
await build({
  root: projectRoot,
  outDir,
  filterEntrypoints: ['classroom', 'calendar'],
  vite: () => ({ build: { sourcemap: true } }),
});
