import { isOutboxKey, REFUSED_PREFIX } from './keys';

/** The slice of browser.storage.local clearing needs; tests pass an in-memory one. */
export interface ClearableStorage {
  getAll(): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/**
 * Removes every change still waiting in the outbox, and every refusal. "Delete all my data" does this
 * before it empties the database: a waiting change holds the teacher's text, and drained afterwards it
 * would bring a deleted plan back.
 */
export async function clearOutbox(storage: ClearableStorage): Promise<void> {
  const keys = Object.keys(await storage.getAll()).filter((key) => isOutboxKey(key) || key.startsWith(REFUSED_PREFIX));
  if (keys.length > 0) await storage.remove(keys);
}
