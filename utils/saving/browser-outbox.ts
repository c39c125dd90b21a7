import { browser } from 'wxt/browser';
import { createOutbox, type Outbox, type StorageChange } from './outbox';

/** The outbox on the extension's storage.local (utils/saving/outbox.ts explains the design). */
export function browserOutbox(): Outbox {
  return createOutbox({
    storage: {
      set: (items) => browser.storage.local.set(items),
      remove: (keys) => browser.storage.local.remove(keys),
    },
    onChanged: (listener) => {
      const onChanged = (changes: Record<string, StorageChange>, area: string) => {
        if (area === 'local') listener(changes);
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => {
        // After an update the old script's API is gone; there is nothing left to remove then.
        try {
          browser.storage.onChanged.removeListener(onChanged);
        } catch {}
      };
    },
  });
}
