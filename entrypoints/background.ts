import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { TandemDatabase } from '@/utils/db/database';
import { createMessageHandler, createRequestRunner, type HandlerContext } from '@/utils/messaging/handlers';
import { urlOrigin } from '@/utils/messaging/senders';
import { createDrainer } from '@/utils/saving/drain';
import { isOutboxKey } from '@/utils/saving/keys';
import { forgetSchoolPolicy, readSchoolPolicy } from '@/utils/school-policy/read';

// Registers the message handler and drains the outbox (utils/saving/outbox.ts); nothing else. Listeners
// are added synchronously so a message or a storage change that wakes a stopped service worker is not
// missed, and the outbox is drained at every start: a change written while the worker was stopped, or
// by a tab that has since closed, is stored as soon as the worker runs again.
export default defineBackground(() => {
  let drain: () => Promise<number> = async () => 0;
  const context: HandlerContext = {
    db: new TandemDatabase(),
    extensionId: browser.runtime.id,
    extensionOrigin: urlOrigin(browser.runtime.getURL('/')) ?? '',
    drain: () => drain(),
    // The card page, asked for by the lesson panel ("Cards for this day"); tabs.create needs no permission.
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/card.html') });
    },
    // Read at each use: an administrator's change applies at the next request, with nothing cached to go stale.
    schoolPolicy: () => readSchoolPolicy(),
  };
  drain = createDrainer(
    {
      getAll: () => browser.storage.local.get(null),
      set: (items) => browser.storage.local.set(items),
      remove: (keys) => browser.storage.local.remove(keys),
    },
    createRequestRunner(context),
  );
  const handleMessage = createMessageHandler(context);
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') forgetSchoolPolicy();
    if (area !== 'local') return;
    if (Object.entries(changes).some(([key, change]) => isOutboxKey(key) && change.newValue !== undefined)) {
      void drain().catch((error: unknown) => console.warn('[Tandem] outbox drain failed; retried later', error));
    }
  });
  void drain().catch((error: unknown) => console.warn('[Tandem] outbox drain failed; retried later', error));
});
