import type { BrowserContext } from '@playwright/test';

export interface WorkerControl {
  running(): boolean;
  /** Stops the extension's service worker; resolves once it is reported stopped. */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export function workerControl(context: BrowserContext): Promise<WorkerControl>;
