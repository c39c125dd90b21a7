/**
 * Resolves with `find()`'s first non-null answer, re-checking when the DOM under `root` changes
 * (observe, don't poll: STYLE.md habit 5). Resolves null after `timeoutMs` or when `signal` aborts.
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
