import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TandemDatabase } from '@/utils/db/database';
import { createMessageHandler } from '@/utils/messaging/handlers';
import { urlOrigin } from '@/utils/messaging/senders';

// Registers the message handler; nothing else. The listener is added synchronously so a message that
// wakes a stopped service worker is not missed.
export default defineBackground(() => {
  const handleMessage = createMessageHandler({
    db: new TandemDatabase(),
    extensionId: browser.runtime.id,
    extensionOrigin: urlOrigin(browser.runtime.getURL('/')) ?? '',
  });
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
});
