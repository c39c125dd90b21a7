import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { t } from '@/utils/i18n';
import {
  NOTES_CHANGED,
  type NotesChangedMessage,
  PAGE_DESCRIBE,
  type PageDescribeAnswer,
  type PageDescribeRequest,
} from '@/utils/messaging/page-protocol';
import type { SenderFacts } from '@/utils/messaging/senders';
import { describePage } from '@/utils/pages/classroom/describe';

// Messages from Tandem's own extension pages (the popup) to this tab, see utils/messaging/page-protocol.ts:
// "what is this page about?" and "notes changed, show them again". One listener for the whole script,
// removed when the script is invalidated, so an orphaned copy never answers for the page.

type PageMessage = PageDescribeRequest | NotesChangedMessage;

const notesChangedListeners = new Set<() => void>();

/** Calls `listener` whenever the popup saved or changed notes, until `signal` aborts. */
export function onNotesChanged(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  notesChangedListeners.add(listener);
  signal.addEventListener('abort', () => notesChangedListeners.delete(listener), { once: true });
}

export function answerExtensionPages(ctx: ContentScriptContext): void {
  const listener = (message: unknown, sender: SenderFacts): Promise<PageDescribeAnswer> | undefined => {
    // Anything else is some other listener's business: returning undefined leaves it to them.
    if (!isPageMessage(message) || !fromOwnExtensionPage(sender)) return undefined;
    if (message.type === PAGE_DESCRIBE) return Promise.resolve(describeThisPage());
    for (const notify of notesChangedListeners) notify();
    return Promise.resolve(null); // an answer, so the sender's promise settles instead of reporting a closed port
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

function describeThisPage(): PageDescribeAnswer {
  try {
    return describePage(location.href, document, new Date(), {
      lesson: t('linkUntitledLesson'),
      class: t('linkUntitledClass'),
    });
  } catch (error) {
    // describePage is written not to throw; if Google's page still manages it, the note is simply unlinked.
    console.warn('[Tandem] Could not describe this page:', error);
    return null;
  }
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
