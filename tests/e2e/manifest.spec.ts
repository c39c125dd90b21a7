import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LAZY_CHUNKS } from '../../utils/build/lazy-chunks';
import { extensionDir, GOOGLE_ORIGINS } from './support/launch.mjs';

// What the built extension asks Chrome for (no browser needed: it reads the manifest `wxt build` wrote).
// Tandem asks for the least it can: `storage`, and host access to the two Google origins only. When one
// of these checks fails, the manifest grew: make that a deliberate decision, then update the check.

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; exclude_matches?: string[]; js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; use_dynamic_url?: boolean }>;
  content_security_policy?: Record<string, string>;
  externally_connectable?: unknown;
  [key: string]: unknown;
}

const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
const allowedMatches = GOOGLE_ORIGINS.map((origin) => `${origin}/*`);

test('permissions: storage and activeTab, and host access to Classroom and Calendar only', () => {
  expect({
    manifest_version: manifest.manifest_version,
    permissions: manifest.permissions,
    optional_permissions: manifest.optional_permissions,
    host_permissions: manifest.host_permissions,
    optional_host_permissions: manifest.optional_host_permissions,
    externally_connectable: manifest.externally_connectable,
    content_security_policy: manifest.content_security_policy,
  }).toEqual({
    manifest_version: 3,
    permissions: ['storage', 'activeTab'],
    optional_permissions: undefined,
    host_permissions: ['https://classroom.google.com/*', 'https://calendar.google.com/*'],
    optional_host_permissions: undefined,
    externally_connectable: undefined,
    content_security_policy: undefined,
  });
});

test('content scripts run only on the two Google origins', () => {
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
  expect(matches.length).toBeGreaterThan(0);
  // Each script's pattern lies inside one of the two origins (Calendar's narrows to /calendar/*).
  for (const pattern of matches) {
    expect(
      GOOGLE_ORIGINS.some((origin) => pattern.startsWith(`${origin}/`)),
      pattern,
    ).toBe(true);
  }
  expect(matches.sort()).toEqual(['https://calendar.google.com/calendar/*', 'https://classroom.google.com/*']);
});

test('web-accessible: each site gets its content script’s CSS and its own on-demand chunks, nothing else', () => {
  const entries = manifest.web_accessible_resources ?? [];
  const byResource = Object.fromEntries(
    entries.flatMap((entry) => entry.resources.map((resource) => [resource, entry.matches] as const)),
  );
  // Each site's chunks are reachable from that site only: Classroom cannot load Calendar's code or the reverse.
  expect(byResource).toEqual({
    'content-scripts/classroom.css': ['https://classroom.google.com/*'],
    'lazy/classroom/*': ['https://classroom.google.com/*'],
    'content-scripts/calendar.css': ['https://calendar.google.com/*'],
    'lazy/calendar/*': ['https://calendar.google.com/*'],
  });
  for (const entry of entries) {
    for (const pattern of entry.matches ?? []) expect(allowedMatches).toContain(pattern);
    // A dynamic URL changes every session, so pages cannot use the resource to detect the extension. The
    // chunks cannot have one: Chromium refuses a content script's import() of dynamic-URL resources
    // (issues.chromium.org/issues/363027634), so Classroom and Calendar could tell Tandem is installed.
    const chunks = entry.resources.every((resource) => resource.startsWith('lazy/'));
    expect(entry.use_dynamic_url, entry.resources.join()).toBe(!chunks);
  }
});

test('every on-demand chunk is built, named in its content script, and nothing else is in lazy/', () => {
  const built = readdirSync(join(extensionDir, 'lazy'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .sort();
  const declared = Object.entries(LAZY_CHUNKS).flatMap(([site, chunks]) =>
    Object.keys(chunks).map((name) => `${site}/${name}.js`),
  );
  expect(built).toEqual(declared.sort());
  // Each chunk is imported by name from its site's content script or from another chunk of that site
  // (the Calendar panel is loaded by the planning chunk when it is first opened).
  for (const [site, chunks] of Object.entries(LAZY_CHUNKS)) {
    const scripts = [`content-scripts/${site}.js`, ...Object.keys(chunks).map((name) => `lazy/${site}/${name}.js`)];
    const code = scripts.map((file) => readFileSync(join(extensionDir, file), 'utf8'));
    for (const name of Object.keys(chunks)) {
      // The minifier may quote the name with ", ' or a backtick.
      expect(
        code.some((text) => quoted(name).test(text)),
        `${site}: something loads ${name}`,
      ).toBe(true);
    }
  }
});

test('no remote hosts in the extension CSP', () => {
  for (const policy of Object.values(manifest.content_security_policy ?? {})) {
    expect(policy).not.toMatch(/https?:|wss?:|\*/);
  }
});

test('the toolbar button opens the quick-note popup, and a keyboard shortcut opens it too', () => {
  const action = manifest.action as { default_popup?: string } | undefined;
  expect(action?.default_popup).toBe('popup.html');
  const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }> | undefined;
  // `_execute_action` is Chrome's built-in command for "open the popup"; the shortcut is only suggested
  // (the teacher can change it at chrome://extensions/shortcuts).
  expect(commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+N');
});

test("Chrome's manifest carries none of Firefox's settings", () => {
  // Firefox's id and data declaration (wxt.config.ts) are for Firefox only: Chrome warns about keys it does not
  // know. The Firefox manifest is checked by `npm run lint:firefox` (tests/tools/lint-firefox.mjs).
  expect(manifest.browser_specific_settings).toBeUndefined();
});

test('the options page opens in a tab', () => {
  expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
});

test('icons at 16, 32, 48 and 128 px, for the extension and its toolbar button, each file that size', () => {
  const sizes = ['16', '32', '48', '128'];
  const icons = manifest.icons as Record<string, string> | undefined;
  const action = manifest.action as { default_icon?: Record<string, string> } | undefined;
  expect(Object.keys(icons ?? {}).sort()).toEqual([...sizes].sort());
  expect(action?.default_icon).toEqual(icons);
  for (const size of sizes) {
    const file = icons?.[size] ?? '';
    expect(pngSize(readFileSync(join(extensionDir, file))), file).toEqual({
      width: Number(size),
      height: Number(size),
    });
  }
});

/** A PNG's pixel size, from its header: the 8-byte signature, then the IHDR chunk's width and height. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function quoted(name: string): RegExp {
  const quote = '["\'`]';
  return new RegExp(quote + name + quote);
}
