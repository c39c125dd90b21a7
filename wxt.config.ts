import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { lazyChunkHooks } from './utils/build/lazy-chunks';

// Tandem's manifest asks for the least it can: `storage` for the database, host access only to the two
// Google origins its content scripts run on (.github/CONTRIBUTING.md rule 4), and `activeTab` so the toolbar popup can
// see which lesson is open when the teacher clicks it (never the `tabs` permission: no browsing history). The snapshot test in
// tests/e2e/manifest.spec.ts fails when this grows.
export default defineConfig({
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
    // Firefox needs an id; Chrome warns about keys it does not know, so only Firefox gets it.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tandem@tandem.example' } } } : {}),
  }),
  // Code only some pages need is built as chunks the content scripts import on demand (issue 5).
  hooks: lazyChunkHooks(),
  zip: { excludeSources: ['**/node_modules/**', 'tests/**', '.output/**', 'demo-screenshots/**', 'test-results/**'] },
});
