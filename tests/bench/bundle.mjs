// Figure 5: the size of every entry of the built extension (.output/chrome-mv3), raw and gzipped (node:zlib,
// level 9), and which modules fill each content script. The breakdown comes from a second build of the content
// scripts with source maps (tests/bench/build-sourcemaps.mjs, same config, another folder): each byte of the
// minified output is attributed to the source its mapping points at.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionDir, projectRoot } from '../e2e/support/launch.mjs';
import { bytes } from './report.mjs';

/** Goal for each content script: minified, not gzipped. kB = 1000 bytes, as Vite and WXT print sizes. */
export const CONTENT_SCRIPT_GOAL = 30_000;
const TOP_MODULES = 8;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function sizes(path) {
  const content = readFileSync(path);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/** The extension's entries and the files each one loads. */
function entries(dir, manifest) {
  const list = [];
  if (manifest.background?.service_worker)
    list.push({ name: 'background', files: [manifest.background.service_worker] });
  for (const script of manifest.content_scripts ?? []) {
    const name = script.js?.[0]?.replace(/^content-scripts\//, '').replace(/\.js$/, '') ?? 'content script';
    // cssInjectionMode 'ui': the CSS is a web-accessible resource loaded into the shadow root.
    const css = (script.js ?? [])
      .map((file) => file.replace(/\.js$/, '.css'))
      .filter((file) => existsSync(join(dir, file)));
    list.push({ name: `content script ${name}`, files: [...(script.js ?? []), ...css], contentScript: script.js?.[0] });
  }
  const pages = [manifest.action?.default_popup, manifest.options_ui?.page].filter(Boolean);
  for (const html of pages) {
    const text = readFileSync(join(dir, html), 'utf8');
    const referenced = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    list.push({ name: html.replace(/\.html$/, ''), files: [html, ...referenced] });
  }
  return list;
}

// ---- Source maps ----------------------------------------------------------------------------------------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one mappings segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`bad source map character ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Bytes of the generated file attributed to each source (by the mapping in force at each column). */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const totals = new Map();
  const add = (source, count) => totals.set(source, (totals.get(source) ?? 0) + count);
  let source = 0;
  const mappingLines = map.mappings.split(';');
  for (let line = 0; line < lines.length; line++) {
    const text = lines[line];
    const segments = (mappingLines[line] ?? '').split(',').filter(Boolean).map(decodeSegment);
    let column = 0;
    let current = null;
    let generated = 0;
    for (const segment of segments) {
      generated += segment[0];
      add(current, Buffer.byteLength(text.slice(column, generated)));
      column = generated;
      if (segment.length >= 4) {
        source += segment[1];
        current = map.sources[source] ?? null;
      } else {
        current = null;
      }
    }
    add(current, Buffer.byteLength(text.slice(column)) + (line < lines.length - 1 ? 1 : 0));
  }
  return totals;
}

/** "node_modules/preact/dist/preact.module.js" or "utils/pages/classroom/urls.ts", from a map's source path. */
function sourceName(source) {
  if (source === null) return '(not mapped: bundler glue)';
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\/?/, '');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules);
  return path.startsWith(projectRoot.slice(1)) ? relative(projectRoot, `/${path}`) : path;
}

/** "preact", "zod", "utils/pages", "components/lesson-plan": what a reader would change to shrink it. */
function groupName(name) {
  const modules = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name);
  if (modules) return `npm ${modules[1]}`;
  if (name.startsWith('(')) return name;
  return name.split('/').slice(0, 2).join('/');
}

function buildWithSourceMaps(outDir) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'tests/bench/build-sourcemaps.mjs'), outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' }, // no spinner
  });
  if (result.status !== 0) {
    throw new Error(`the source-map build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return join(outDir, 'chrome-mv3');
}

/** @param {{ table: import('./report.mjs').Table, log: (text: string) => void }} options */
export async function bundleSizes({ table, log }) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const all = filesUnder(extensionDir);
  let totalRaw = 0;
  let totalGzip = 0;
  for (const file of all) {
    const size = sizes(file);
    totalRaw += size.raw;
    totalGzip += size.gzip;
  }
  const mapsDir = await mkdtemp(join(tmpdir(), 'tandem-bench-maps-'));
  let mapped = null;
  try {
    mapped = buildWithSourceMaps(mapsDir);
  } catch (error) {
    log(`  ${error.message}`);
  }
  try {
    for (const entry of entries(extensionDir, manifest)) {
      const parts = entry.files.map((file) => ({ file, ...sizes(join(extensionDir, file)) }));
      const raw = parts.reduce((sum, part) => sum + part.raw, 0);
      const gzip = parts.reduce((sum, part) => sum + part.gzip, 0);
      if (entry.contentScript) {
        const js = parts.find((part) => part.file === entry.contentScript);
        table.add({
          figure: `bundle ${entry.contentScript}`,
          value: `${bytes(js.raw)} (gzip ${bytes(js.gzip)})`,
          control: '—',
          goal: `≤ ${bytes(CONTENT_SCRIPT_GOAL)} minified`,
          pass: js.raw <= CONTENT_SCRIPT_GOAL,
        });
        for (const part of parts.filter((item) => item !== js)) {
          table.add({
            figure: `bundle ${part.file} (shadow-root CSS)`,
            value: `${bytes(part.raw)} (gzip ${bytes(part.gzip)})`,
          });
        }
        if (mapped) modulesOf(entry.contentScript, mapped, js.raw, table);
        else table.broken(`bundle ${entry.contentScript}: largest modules`, 'the source-map build failed (see above)');
        lazyChunks(entry, js, mapped, table);
      } else {
        table.add({
          figure: `bundle entry ${entry.name} (${describeFiles(entry.files)})`,
          value: `${bytes(raw)} (gzip ${bytes(gzip)})`,
        });
      }
    }
    table.add({
      figure: `bundle .output/chrome-mv3, all ${all.length} files (incl. _locales)`,
      value: `${bytes(totalRaw)} (gzip ${bytes(totalGzip)})`,
    });
  } finally {
    await rm(mapsDir, { recursive: true, force: true });
  }
}

/**
 * The chunks this content script imports on demand (lazy/<site>/, utils/build/lazy-chunks.ts): each one's
 * size, what a page that shows it loads in all, and the largest chunks' modules. No goal: the 30 kB goal
 * is for what every page loads, the content script.
 */
function lazyChunks(entry, js, mapped, table) {
  const site = entry.contentScript.replace(/^content-scripts\//, '').replace(/\.js$/, '');
  const dir = join(extensionDir, 'lazy', site);
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort()) {
    const path = `lazy/${site}/${file}`;
    const size = sizes(join(extensionDir, path));
    table.add({
      figure: `bundle ${path} (loaded on demand)`,
      value: `${bytes(size.raw)} (gzip ${bytes(size.gzip)}); with ${entry.contentScript}: ${bytes(size.raw + js.raw)}`,
    });
    if (mapped && size.raw > 40_000) modulesOf(path, mapped, size.raw, table, 4);
  }
}

/** "popup.html + 2 JS + 2 CSS" */
function describeFiles(files) {
  const count = (extension) => files.filter((file) => file.endsWith(extension)).length;
  const parts = files.filter((file) => file.endsWith('.html'));
  if (count('.js'))
    parts.push(parts.length ? `${count('.js')} JS` : files.filter((file) => file.endsWith('.js')).join(' + '));
  if (count('.css')) parts.push(`${count('.css')} CSS`);
  return parts.join(' + ');
}

/** The content script's largest packages/folders and modules, from the source-mapped build. */
function modulesOf(file, mappedDir, shippedRaw, table, top = TOP_MODULES) {
  const code = readFileSync(join(mappedDir, file), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const map = JSON.parse(readFileSync(join(mappedDir, `${file}.map`), 'utf8'));
  const bySource = bytesBySource(code, map);
  const byModule = new Map();
  for (const [source, count] of bySource) {
    const name = sourceName(source);
    byModule.set(name, (byModule.get(name) ?? 0) + count);
  }
  const total = [...byModule.values()].reduce((sum, count) => sum + count, 0);
  const byGroup = new Map();
  for (const [name, count] of byModule) byGroup.set(groupName(name), (byGroup.get(groupName(name)) ?? 0) + count);
  const share = (count) => `${bytes(count)} (${((100 * count) / total).toFixed(0)}%)`;
  const short = file.replace(/^(content-scripts|lazy)\//, '');
  for (const [name, count] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    table.add({ figure: `  ${short}: package/folder ${name}`, value: share(count) });
  }
  for (const [name, count] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    table.add({ figure: `  ${short}: module ${name}`, value: share(count) });
  }
  table.note(
    `Bundle breakdown: bytes of the minified ${short} (${bytes(shippedRaw)} shipped; ${bytes(total)} in the ` +
      'source-mapped build) attributed to the source their mapping points at.',
  );
}
