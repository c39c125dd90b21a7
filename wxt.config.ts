import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { lazyChunkHooks } from './utils/build/lazy-chunks';

// Firefox's own settings. Tandem collects and sends nothing (PRIVACY.md), declared as addons.mozilla.org
// requires of new extensions (Firefox shows it at install). 140, the 2025 ESR, is the first Firefox that reads
// that declaration; it is also past 127, from which Firefox lists an MV3 extension's host permissions at
// install (granted with it, not left for the user to switch on), and past 109, its first MV3 with the
// `_execute_action` shortcut.
const FIREFOX_SETTINGS = {
  id: 'tandem@tandem.example',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

// Tandem's manifest asks for the least it can: `storage` for the database, host access only to the two
// Google origins its content scripts run on (.github/CONTRIBUTING.md rule 4), and `activeTab` so the toolbar popup can
// see which lesson is open when the teacher clicks it (never the `tabs` permission: no browsing history). The snapshot test in
// tests/e2e/manifest.spec.ts fails when this grows.
export default defineConfig({
  // Manifest V3 for every browser, Firefox too (WXT's default there is still V2): one manifest shape, and
  // Firefox honours the `_execute_action` shortcut only in V3. Its background runs as an event page
  // (`background.scripts`), which WXT writes for Firefox by itself.
  manifestVersion: 3,
  // TANDEM_OUT_DIR lets two builds share a work tree without overwriting each other (tests/e2e/support/launch.mjs reads it too).
  outDir: process.env.TANDEM_OUT_DIR || '.output',
  imports: false, // explicit imports: every file says where its names come from
  modules: ['@wxt-dev/webextension-polyfill'],
  // CSS targets the browsers that have light-dark() (Chrome 123, Firefox 120, Safari 17.5): the panels pick
  // their colours with it from a `color-scheme` set at run time (utils/content/page-theme.ts), which the
  // older-browser rewrite of light-dark() cannot follow.
  vite: () => ({ plugins: [preact()], build: { cssTarget: ['chrome123', 'firefox120', 'safari17.5'] } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    // School-wide settings an administrator pushes (utils/school-policy/policy.ts). Firefox reads managed storage
    // from its enterprise policies without a schema, so only Chrome gets one.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // WXT names public/icon/<size>.png in `icons` by itself; the toolbar button gets the same drawing
    // (made from public/icon/tandem.svg by tests/tools/make-icons.mjs).
    action: { default_icon: Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`])) },
    // Opens the quick-note popup from the keyboard; teachers can change it at chrome://extensions/shortcuts.
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+N', mac: 'Alt+Shift+N' },
        description: '__MSG_commandQuickNote__',
      },
    },
    host_permissions: ['https://classroom.google.com/*', 'https://calendar.google.com/*'],
    // Firefox needs an id; Chrome warns about keys it does not know, so only Firefox gets them (above).
    // Firefox for Android reads the data declaration from 142.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: FIREFOX_SETTINGS, gecko_android: { strict_min_version: '142.0' } } }
      : {}),
  }),
  // Code only some pages need is built as chunks the content scripts import on demand (issue 5).
  hooks: lazyChunkHooks(),
  // `npm run zip`: Chrome's zip, Firefox's, and the sources addons.mozilla.org asks for with Firefox's (`wxt zip
  // -b firefox`), from which a reviewer rebuilds the same files (README, Firefox): package.json and its
  // lockfile, README.md, PRIVACY.md (the privacy page bundles it), tsconfig.json, wxt.config.ts,
  // entrypoints/, components/, utils/, public/. WXT already leaves out node_modules, hidden files and
  // folders (.output*, .wxt, .git) and web-ext.config.ts; the tests and their configs are not needed to build.
  zip: {
    excludeSources: [
      '**/node_modules/**',
      'tests/**',
      '.output/**',
      'demo-screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'playwright.config.ts',
      'vitest.config.ts',
    ],
  },
});
