// Runs npm scripts at the same time, for `npm test`: Biome, tsc and the Firefox build and lint (tests/tools/lint-firefox.mjs)
// beside the unit tests, whose run has room for it, instead of adding its seconds to the whole run. The first
// script's output is shown as it comes; the others' after they end, each in one piece, so logs stay readable.
// Fails (exit 1) when any script fails, after all have ended.
import { spawn } from 'node:child_process';

const [first, ...rest] = process.argv.slice(2);
if (!first) throw new Error('usage: node tests/tools/parallel.mjs <npm script> [<npm script>…]');

/** Runs `npm run <script>`; resolves with its exit code and, unless streamed, its output. */
function run(script, stream) {
  return new Promise((resolve) => {
    // A shell, so `npm` is found as npm.cmd on Windows too; script names are package.json's own.
    const child = spawn(`npm run ${script}`, { shell: true, stdio: stream ? 'inherit' : 'pipe' });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => resolve({ script, code: code ?? 1, output: Buffer.concat(output).toString() }));
  });
}

const started = Date.now();
const others = rest.map((script) => run(script, false));
const results = [await run(first, true)];
for (const other of others) {
  const result = await other;
  process.stdout.write(`\n${result.output}`);
  results.push(result);
}
const seconds = Math.round((Date.now() - started) / 1000);
const failed = results.filter((result) => result.code !== 0).map((result) => result.script);
console.log(
  `\n${results.map((r) => r.script).join(' + ')}: ${seconds} s, ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'}`,
);
process.exit(failed.length ? 1 : 0);
