/**
 * Resolves with `find()`'s first non-null answer, re-checking when the DOM under `root` changes
 * (observe, don't poll: .github/CONTRIBUTING.md habit 5). Resolves null after `timeoutMs` or when `signal` aborts.
 * Checks are batched to one per animation frame so a busy page does not pay per mutation.
 */
export function waitFor<T>(
  find: () => T | null,
  options: { signal: AbortSignal; timeoutMs: number; root?: Node },
): Promise<T | null> {
  const first = find();
  if (first !== null || options.signal.aborted) return Promise.resolve(first);
  return new Promise((resolve) => {
    let scheduled = false;
    const finish = (value: T | null) => {
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        const found = find();
        if (found !== null) finish(found);
      });
    });
    const timer = setTimeout(() => finish(find()), options.timeoutMs);
    options.signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(options.root ?? document.documentElement, { childList: true, subtree: true });
  });
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a later task, so the page can paint and handle input in between: a long piece of work split
 * at these points never becomes one long task. `scheduler.yield()` where the browser has it (its
 * continuation runs ahead of other queued tasks), else a zero-delay timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` when the page is idle (within `timeoutMs` at the latest): for what no first paint needs. */
export function whenIdle(work: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 0);
}
