import type { BrowserContext, Worker } from '@playwright/test';

export interface WorkerControl {
  running(): boolean;
  /** Stops the extension's service worker; resolves once it is reported stopped. */
  stop(): Promise<void>;
  /** Keeps the worker busy until the returned function stops it: what it received meanwhile is dropped. */
  hang(worker: Worker): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function workerControl(context: BrowserContext): Promise<WorkerControl>;
