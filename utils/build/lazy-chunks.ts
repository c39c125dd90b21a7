import { resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import type { Entrypoint, Wxt } from 'wxt';
import type { Browser } from 'wxt/browser';

// Build-time only (imported by wxt.config.ts). WXT bundles each content script into one classic script,
// so everything a content script imports is compiled in every Google tab, even code that page never
// runs (issue 5: the plan editor on a Classwork list, the planning panel before it is opened). The code
// that only some pages need is built here instead, a second Vite build after WXT's, as ES modules with
// shared chunks (Preact, zod) that the content script loads with import() when, and only when, a page
// needs them (utils/content/lazy.ts). This follows WXT's own "ESM content script UI" example.

/** The modules loaded on demand, per content script: name → source file. Each exports `init`, except
 * plan-editor, which the lesson-plan chunk loads itself (it exports `mountPlanEditor`). */
export const LAZY_CHUNKS = {
  classroom: {
    'lesson-plan': 'entrypoints/classroom.content/lesson-plan.chunk.tsx',
    // The full plan, loaded from the lesson-plan chunk only when the teacher opens it (issue 14).
    'plan-editor': 'entrypoints/classroom.content/plan-editor.chunk.tsx',
    'class-summary': 'entrypoints/classroom.content/class-summary.chunk.ts',
    describe: 'entrypoints/classroom.content/describe.chunk.ts',
  },
  calendar: {
    'planning-time': 'entrypoints/calendar.content/planning-time.chunk.ts',
    'planning-panel': 'entrypoints/calendar.content/planning-panel.chunk.tsx',
  },
} as const;

export type LazySite = keyof typeof LAZY_CHUNKS;

/** Where the chunks are written, inside the extension; web-accessible on their site only. */
export const CHUNKS_DIR = 'lazy';

interface WebAccessible {
  resources: string[];
  matches: string[];
  use_dynamic_url?: boolean;
}

/** `wxt/browser` inside chunks: the content script's own (polyfilled) browser, not a second polyfill. */
const LOADER_BROWSER = 'utils/content/loader-browser.ts';

/** Hooks for wxt.config.ts: capture each content script's Vite config, build its chunks, expose them. */
export function lazyChunkHooks() {
  const configs = new Map<LazySite, InlineConfig>();
  return {
    'vite:build:extendConfig': (entrypoints: readonly Entrypoint[], config: InlineConfig) => {
      const site = entrypoints[0]?.name;
      if (site && site in LAZY_CHUNKS) configs.set(site as LazySite, config);
    },
    'build:manifestGenerated': (_wxt: Wxt, manifest: Browser.runtime.Manifest) => {
      const entries = (manifest.web_accessible_resources ?? []) as WebAccessible[];
      for (const site of Object.keys(LAZY_CHUNKS) as LazySite[]) {
        const css = entries.find((entry) => entry.resources.includes(`content-scripts/${site}.css`));
        // Same origins as the site's CSS; without that entry (no CSS) there is nowhere safe to expose them.
        // Not a dynamic URL, unlike the CSS: Chromium refuses a module's own imports of dynamic-URL
        // resources inside a content script (issues.chromium.org/issues/363027634).
        if (css) entries.push({ resources: [`${CHUNKS_DIR}/${site}/*`], matches: css.matches, use_dynamic_url: false });
      }
      manifest.web_accessible_resources = entries as Browser.runtime.Manifest['web_accessible_resources'];
    },
    'build:done': async (wxt: Wxt) => {
      for (const [site, chunks] of Object.entries(LAZY_CHUNKS) as Array<[LazySite, Record<string, string>]>) {
        const base = configs.get(site);
        if (!base) throw new Error(`[lazy-chunks] WXT built no "${site}" content script to take its config from`);
        // One build per chunk, so each is a single file: a chunk importing shared chunks would make the
        // browser fetch and compile them one after another (a waterfall measured at +25 ms to the panel).
        // Preact and zod are repeated in the chunks; a page shows one panel, so it loads one of them.
        for (const [name, file] of Object.entries(chunks)) await build(chunkConfig(wxt, site, name, file, base));
      }
    },
  };
}

function chunkConfig(wxt: Wxt, site: LazySite, name: string, file: string, base: InlineConfig): InlineConfig {
  const root = wxt.config.root;
  return {
    root,
    mode: base.mode,
    configFile: false,
    logLevel: 'warn',
    envPrefix: base.envPrefix,
    define: base.define,
    // WXT's plugins (globals such as import.meta.env.ENTRYPOINT for this site, Preact's JSX), except the
    // one that only makes sense for the classic script's IIFE wrapper.
    plugins: [...((base.plugins ?? []) as PluginOption[]).flat(9).filter(isNotIifeOnly), loaderBrowser(root)],
    build: {
      outDir: wxt.config.outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: base.build?.sourcemap ?? false,
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: resolve(root, file) },
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: `${CHUNKS_DIR}/${site}/[name].js`,
          // Nothing in a chunk is imported dynamically, so this only guards against one being added.
          codeSplitting: false,
        },
      },
    },
  };
}

function isNotIifeOnly(plugin: unknown): boolean {
  return !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'wxt:iife-anonymous');
}

/** Resolves `wxt/browser` to the content script's browser (set before any chunk is imported). */
function loaderBrowser(root: string) {
  const target = resolve(root, LOADER_BROWSER);
  return {
    name: 'tandem:loader-browser',
    enforce: 'pre' as const,
    resolveId: (id: string) =>
      id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? target : null,
  };
}
