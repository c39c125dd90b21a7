// Bundles tests/bench/data-bench.ts (Tandem's utils/db and utils/backup, Dexie, zod/mini) into one IIFE that
// defines `globalThis.TandemBench`, with Vite (already a dependency). Written nowhere: the text is returned
// and evaluated in an extension page through CDP (Runtime.evaluate is not subject to the page's CSP).
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from '../e2e/support/launch.mjs';

export async function bundleDataBench() {
  const output = await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'silent',
    resolve: { alias: { '@': projectRoot } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: false,
      sourcemap: false,
      emptyOutDir: false,
      lib: {
        entry: join(projectRoot, 'tests/bench/data-bench.ts'),
        formats: ['iife'],
        name: 'TandemBench',
        fileName: 'data-bench',
      },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((result) => result.output).find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('bundling tests/bench/data-bench.ts produced no script');
  // `var TandemBench = …` at the top level of an evaluated script defines the global.
  return chunk.code;
}
