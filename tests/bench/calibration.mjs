// The same-run calibration of the page-cost figures (issue 14, "Speed"): what a fixed reference script costs
// the same page, in the same browser, at the same throttling, measured the same way (ScriptDuration with it
// minus without it, in the control browser). Each page-cost figure is also printed as a multiple of it
// ("+24 ms = 0.31 cal"), so runs on a busier day or another machine compare: both move with the machine.
//
// Why this reference: Tandem's cost on a lesson page is mostly compiling a chunk of a few tens of kB and
// running it once (building DOM nodes, a Preact-like amount of small function calls). The reference does the
// same kind of work and nothing else: 65 kB of generated JavaScript (about the size of the lesson-plan
// chunk; fixed text: no randomness, no dates, nothing read from the page), 160 small functions each compiled
// lazily and called once over a fixed workload (integer arithmetic, string building, an object per call),
// then 400 detached DOM elements with text (never attached, so no style or layout, which would depend on the
// page). It is injected as an init script (Playwright's addInitScript, as the page probe is; the fixtures'
// CSP allows no page script or eval) and runs once per load in the page's main world, from a
// DOMContentLoaded listener. It is not meant to match Tandem's profile in detail, only to be a fixed amount
// of the same kind of work that scales with the machine as Tandem's does; change it and old multiples no
// longer compare.

/** How many generated functions, and how many iterations each runs. */
const FUNCTIONS = 160;
const ITERATIONS = 120;
const ELEMENTS = 400;

/** One generated function: distinct text (so each is compiled on its own), the same shape of work. */
function referenceFunction(i) {
  return (
    `function ref${i}(n) {\n` +
    `  let a = ${(i * 7919) % 100_003};\n` +
    `  const parts = [];\n` +
    `  const record = { id: 'r${i}', kind: ${i % 5}, label: 'reference function number ${i}', seen: 0 };\n` +
    `  for (let k = 0; k < n; k++) {\n` +
    `    a = (a * 31 + k + ${i}) % 1000003;\n` +
    `    if ((a & 15) === ${i % 16}) parts.push(record.id + ':' + a.toString(36));\n` +
    `    record.seen += a & 1;\n` +
    `  }\n` +
    `  return parts.join(',').length + record.seen + (record.label.length % 7);\n` +
    `}\n`
  );
}

/** The reference script's source: the same text on every run of the bench. */
export const REFERENCE_SCRIPT = (() => {
  const functions = Array.from({ length: FUNCTIONS }, (_, i) => referenceFunction(i)).join('');
  const table = `const refs = [${Array.from({ length: FUNCTIONS }, (_, i) => `ref${i}`).join(', ')}];\n`;
  const run =
    'let total = 0;\n' +
    `for (let i = 0; i < refs.length; i++) total += refs[i](${ITERATIONS});\n` +
    'const holder = document.createElement("div");\n' +
    `for (let i = 0; i < ${ELEMENTS}; i++) {\n` +
    '  const item = document.createElement("span");\n' +
    '  item.className = "ref-item";\n' +
    '  item.textContent = "reference " + i + " " + (total % (i + 1));\n' +
    '  holder.append(item);\n' +
    '}\n' +
    "Object.defineProperty(window, '__benchReference', { value: total + holder.childElementCount });\n";
  // Run from a DOMContentLoaded listener (about when Tandem's content script starts): the init script itself
  // is evaluated by DevTools outside ScriptDuration, a listener is inside it, and so is the full compile of
  // the listener's body and of each function on its first call (V8 compiles lazily).
  return (
    "document.addEventListener('DOMContentLoaded', () => {\n" +
    `  (function reference() {\n${functions}${table}${run}})();\n` +
    '}, { once: true });\n'
  );
})();

/** "0.31 cal": a page-cost figure (ms) as a multiple of the calibration (ms) of the same page and rate. */
export function inCal(value, calibration) {
  if (!Number.isFinite(value) || !Number.isFinite(calibration) || calibration <= 0) return 'n/a cal';
  const ratio = value / calibration;
  return `${ratio < 0 ? '−' : ''}${Math.abs(ratio).toFixed(2)} cal`;
}
