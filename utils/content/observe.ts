export interface DomChangeOptions {
  /**
   * Nodes whose insertion or removal alone is no change (Tandem's own badges and UI hosts): a mutation
   * record counts only when it adds or removes at least one node this does not accept, so decorating the
   * page does not make its reader run again. Default: every record counts.
   */
  ignore?: (node: Node) => boolean;
  /**
   * 'frame' (default): in the next animation frame, before the browser renders it.
   * 'after-frame': in a task right after that frame is rendered, when the page's own style and layout are
   * already computed, so a reader that checks visibility or measures the page forces none of its own; the
   * page's frame is never delayed by Tandem.
   */
  timing?: 'frame' | 'after-frame';
}

/**
 * Calls `onChange` at most once per animation frame while the DOM under `document.body` changes, until
 * `signal` aborts. Classroom mutates its page constantly; batching keeps Tandem's checks to one per frame
 * (observe, don't poll: .github/CONTRIBUTING.md habit 5). Mutations inside Tandem's own shadow roots are not seen.
 */
export function onDomChange(onChange: () => void, signal: AbortSignal, options: DomChangeOptions = {}): void {
  if (signal.aborted) return;
  const { ignore, timing = 'frame' } = options;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver((records) => {
    if (scheduled) return;
    if (ignore && !records.some((record) => counts(record, ignore))) return;
    scheduled = true;
    requestAnimationFrame(timing === 'after-frame' ? () => setTimeout(run, 0) : run);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Whether a childList record adds or removes anything but ignored nodes. */
function counts(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  for (const node of record.addedNodes) if (!ignore(node)) return true;
  for (const node of record.removedNodes) if (!ignore(node)) return true;
  return false;
}
