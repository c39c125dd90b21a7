// Shared by the end-to-end tests (tests/e2e/save-*.spec.ts) and the bench (tests/bench/).
// Stopping Tandem's background service worker, as Chrome does after 30 s idle: the CDP ServiceWorker domain's
// stopAllWorkers, sent from a helper tab's session (the domain is per storage partition, which the extension's
// worker shares with the tabs), then waiting until the protocol reports the worker `stopped`.

/** @param {import('@playwright/test').BrowserContext} context */
export async function workerControl(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  /** versionId → { url, status } of extension workers. */
  const versions = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) {
      if (version.scriptURL.startsWith('chrome-extension://')) {
        versions.set(version.versionId, { url: version.scriptURL, status: version.runningStatus });
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  const statuses = () => [...versions.values()].map((version) => version.status);
  return {
    running: () => statuses().some((status) => status === 'running'),
    /**
     * Stops the worker; resolves once the protocol reports it stopped (throws after 5 s). A tab may wake it
     * again right away (a save nudging it): that still counts as stopped, as when Chrome stops it.
     */
    async stop() {
      let sawStopped = false;
      const onUpdate = ({ versions: updated }) => {
        for (const version of updated) {
          if (version.scriptURL.startsWith('chrome-extension://') && version.runningStatus === 'stopped') {
            sawStopped = true;
          }
        }
      };
      cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
      try {
        if (versions.size > 0 && statuses().every((status) => status === 'stopped')) return;
        await cdp.send('ServiceWorker.stopAllWorkers');
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline) {
          if (sawStopped) return;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        throw new Error(`the service worker did not stop (status: ${statuses().join(', ') || 'unknown'})`);
      } finally {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      }
    },
    /**
     * Cuts off whatever the worker receives next: it is kept busy (so a message waits, unanswered) until the
     * returned function stops it, dropping what waited — a save the worker never got to store.
     * `worker` is the extension's service worker (the harness's `serviceWorker` fixture, or a later one).
     */
    async hang(worker) {
      void worker
        .evaluate(() => {
          const until = Date.now() + 20_000;
          while (Date.now() < until) {}
        })
        .catch(() => undefined); // ends when the worker is stopped
      return async () => {
        await cdp.send('ServiceWorker.stopAllWorkers');
      };
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}
