// The two browsers every page figure compares: Debian's Chromium with the built extension (.output/chrome-mv3)
// and the very same Chromium, flags and routing without it (the control). Both answer the Google origins from
// tests/fixtures at the real URLs (routeGoogle from the e2e support code), so the only difference is Tandem.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionDir, extensionServiceWorker, routeGoogle } from '../e2e/support/launch.mjs';

/** Same window size in both browsers, so layout work is comparable. */
const VIEWPORT = { width: 1280, height: 900 };

/**
 * Launches Chromium in a fresh temporary profile, with Tandem when `withTandem`, routed to the fixtures.
 * Resolves with `{ context, extensionId, close() }`; `extensionId` is null for the control.
 * @param {{ withTandem: boolean }} options
 */
export async function launchBrowser({ withTandem }) {
  if (withTandem && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir} has no manifest.json`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), withTandem ? 'tandem-bench-' : 'tandem-bench-control-'));
  const extensionArgs = withTandem
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...extensionArgs, '--disable-gpu'],
      timezoneId: 'America/New_York',
      locale: 'en-US',
      viewport: VIEWPORT,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  await routeGoogle(context);
  let extensionId = null;
  if (withTandem) extensionId = new URL((await extensionServiceWorker(context, 15_000)).url()).host;
  return {
    context,
    extensionId,
    withTandem,
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    },
  };
}
