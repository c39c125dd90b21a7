// The outbox's storage keys, free of schema code so content scripts can use them (utils/schema/outbox.ts
// holds the shapes the background checks).

/** Pending changes: `outbox:<origin>:<sequence>`, one key per write, never overwritten. */
export const OUTBOX_PREFIX = 'outbox:';
/** A change the background refused, left for the tab that sent it: `refused:<outbox key>`. */
export const REFUSED_PREFIX = 'refused:';

export function isOutboxKey(key: string): boolean {
  return key.startsWith(OUTBOX_PREFIX);
}
