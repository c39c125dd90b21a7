import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadChunk } from '@/utils/content/lazy';
import { listenToExtensionPages } from '@/utils/messaging/page-listen';
import { NOTES_CHANGED, type PageDescribeAnswer } from '@/utils/messaging/page-protocol';

// The always-loaded answer to Tandem's own extension pages (utils/messaging/page-protocol.ts). "What is
// this page about?" is asked only when the teacher opens the popup, so the code that reads the page for
// it is loaded then (the describe chunk), not on every Classroom page. "Notes changed" is acknowledged
// here and acted on by the lesson panel, which listens for it itself (notes-changed.ts).

interface DescribeModule {
  describeThisPage: () => PageDescribeAnswer;
}

export function answerExtensionPages(ctx: ContentScriptContext): void {
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  listenToExtensionPages((message) => {
    // An answer, so the sender's promise settles instead of reporting a closed port.
    if (message.type === NOTES_CHANGED) return Promise.resolve(null);
    return loadChunk<DescribeModule>('classroom', 'describe')
      .then((module) => module.describeThisPage())
      .catch((error: unknown) => {
        // Without the description the note is simply not linked; the popup falls back to the URL.
        console.warn('[Tandem] Could not describe this page:', error);
        return null;
      });
  }, controller.signal);
}
