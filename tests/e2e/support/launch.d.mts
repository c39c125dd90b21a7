// Types for launch.mjs (plain JavaScript so bare node can import it from scripts/start.mjs).
import type { BrowserContext, Request, Worker } from '@playwright/test';

export declare const projectRoot: string;
export declare const extensionDir: string;
export declare function chromiumPath(): string;
export declare const GOOGLE_ORIGINS: readonly string[];
export declare const FIXTURE_CSP: string;

export declare function routeGoogle(
  context: BrowserContext,
  options?: { onBlocked?: (request: Request) => void },
): Promise<void>;

/** Serves `html` at exactly `url`; the returned function replaces what is served from then on. */
export declare function serveHtml(context: BrowserContext, url: string, html: string): Promise<(next: string) => void>;

export interface LaunchedTandem {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

export declare function launchTandem(options?: {
  headless?: boolean;
  args?: string[];
  viewport?: { width: number; height: number } | null;
  onBlocked?: (request: Request) => void;
  beforeRouting?: (context: BrowserContext) => void;
  /** false: leave Ctrl+C and SIGTERM to the caller, which must call close(). */
  handleSignals?: boolean;
  /** The browser's language (`--lang`) and Playwright's locale; default en-US. */
  locale?: string;
}): Promise<LaunchedTandem>;

export declare function extensionServiceWorker(context: BrowserContext, timeout?: number): Promise<Worker>;

/** Installs the built extension again, as a Chrome update does; resolves with the new service worker. */
export declare function reinstallExtension(context: BrowserContext, timeout?: number): Promise<Worker>;
