/**
 * Calls `onChange` at most once per animation frame while the DOM under `document.body` changes, until
 * `signal` aborts. Classroom mutates its page constantly; batching keeps Tandem's checks to one per frame
 * (observe, don't poll: STYLE.md habit 5). Mutations inside Tandem's own shadow roots are not seen.
 */
export function onDomChange(onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) onChange();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
