import { listenToExtensionPages } from '@/utils/messaging/page-listen';
import { NOTES_CHANGED } from '@/utils/messaging/page-protocol';

/**
 * Calls `listener` whenever the popup saved or changed notes, until `signal` aborts. Never answers: the
 * always-loaded page-messages.ts acknowledges the message, whether or not a panel is listening.
 */
export function onNotesChanged(listener: () => void, signal: AbortSignal): void {
  listenToExtensionPages((message) => {
    if (message.type === NOTES_CHANGED) listener();
    return undefined;
  }, signal);
}
