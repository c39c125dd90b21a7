import type { Result } from '../messaging/protocol';
import { OutboxEntry } from '../schema/outbox';
import { isOutboxKey, REFUSED_PREFIX } from './keys';

// The background's side of the outbox (the design is described in utils/saving/outbox.ts): store every
// waiting change, oldest first, and remove each from storage.local only once the database has it, so a
// worker stopped half-way leaves the rest for the next drain. Applying a change twice is harmless
// (utils/db/plans.ts, changePlan), which is what makes "remove after storing" safe.

/** The slice of browser.storage.local a drain needs; tests pass an in-memory one. */
export interface OutboxStorage {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Runs one validated request, as the message handler does (utils/messaging/handlers.ts). */
export type RunRequest = (type: string, payload: unknown, meta: { editedAt?: number }) => Promise<Result<unknown>>;

/** A refusal nobody came back for (the tab was closed) is dropped after a day. */
const REFUSED_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Returns `drain()`: stores everything in the outbox and resolves with how many changes still wait
 * (kept after a database failure, for the next drain). Calls while a drain runs join it, and it looks
 * once more before finishing, so a change written meanwhile is not left behind.
 */
export function createDrainer(storage: OutboxStorage, run: RunRequest, now = () => Date.now()): () => Promise<number> {
  let running: Promise<number> | null = null;
  let again = false;

  async function pass(): Promise<number> {
    const all = await storage.getAll();
    const waiting: { key: string; entry: OutboxEntry }[] = [];
    const stale: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(REFUSED_PREFIX)) {
        const at = (value as { at?: unknown } | null)?.at;
        if (typeof at !== 'number' || now() - at > REFUSED_KEPT_MS) stale.push(key);
        continue;
      }
      if (!isOutboxKey(key)) continue;
      const parsed = OutboxEntry.safeParse(value);
      if (parsed.success) waiting.push({ key, entry: parsed.data });
      else {
        console.warn('[Tandem] dropped an unreadable outbox entry', key);
        stale.push(key);
      }
    }
    if (stale.length > 0) await storage.remove(stale);
    waiting.sort((a, b) => a.entry.writtenAt - b.entry.writtenAt || a.key.localeCompare(b.key));
    let pending = 0;
    for (const { key, entry } of waiting) {
      // A settings or people save carries no edit times of its own: it was made when it was written.
      const result = await run(entry.type, entry.payload, { editedAt: entry.writtenAt });
      if (result.ok) {
        await storage.remove([key]);
      } else if (result.error.code === 'bad-request') {
        // It can never be stored: tell the tab that sent it (it shows the message), and stop retrying.
        await storage.set({ [REFUSED_PREFIX + key]: { message: result.error.message.slice(0, 2000), at: now() } });
        await storage.remove([key]);
      } else {
        pending++; // the database failed: kept for the next drain
      }
    }
    return pending;
  }

  return function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let pending = 0;
      do {
        again = false;
        pending = await pass();
      } while (again);
      return pending;
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
