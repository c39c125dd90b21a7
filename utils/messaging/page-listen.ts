import { browser } from 'wxt/browser';
import { NOTES_CHANGED, type NotesChangedMessage, PAGE_DESCRIBE, type PageDescribeRequest } from './page-protocol';
import type { SenderFacts } from './senders';

// Receiving utils/messaging/page-protocol.ts messages in a content script (or a chunk it loaded): only
// from this extension's own pages (the popup), never from a tab, and only the two known shapes.

export type PageMessage = PageDescribeRequest | NotesChangedMessage;

export type PageMessageListener = (message: PageMessage) => Promise<unknown> | undefined;

/** Adds a runtime.onMessage listener for page messages until `signal` aborts. Others pass through untouched. */
export function listenToExtensionPages(listener: PageMessageListener, signal: AbortSignal): void {
  if (signal.aborted) return;
  const onMessage = (message: unknown, sender: SenderFacts) =>
    // Anything else is some other listener's business: returning undefined leaves it to them.
    isPageMessage(message) && fromOwnExtensionPage(sender) ? listener(message) : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
}

/** The sender is this extension and not a tab: the popup, the options page or the background. */
function fromOwnExtensionPage(sender: SenderFacts): boolean {
  return sender.id === browser.runtime.id && sender.tab === undefined;
}

function isPageMessage(message: unknown): message is PageMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { tandem, type } = message as { tandem?: unknown; type?: unknown };
  return tandem === 1 && (type === PAGE_DESCRIBE || type === NOTES_CHANGED);
}
