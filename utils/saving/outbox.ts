import { isOutboxKey, OUTBOX_PREFIX, REFUSED_PREFIX } from './keys';

// How an edit reaches the database without ever being lost (issue 11). This is where the save path starts.
//
// A content script cannot open the database (it lives in the extension's origin), and a message to the
// background needs a service worker that Chrome stops after ~30 s of quiet and that a closing tab cannot
// wait for. So a panel does not *send* its edits; it *writes* them, as field-by-field changes with the
// time each field was edited, into the extension's storage.local under a key of its own
// (`outbox:<page view>:<n>`). The browser itself keeps that write, whatever happens to the worker or the
// tab next: the call is issued synchronously, even from `pagehide`.
//
// The background drains the outbox (utils/saving/drain.ts) when it starts, when storage changes (which
// also wakes a stopped worker), when a panel nudges it, and before answering any request: it stores each
// change in IndexedDB, oldest first, and only then removes its key. A panel shows "Saved" when its keys
// are gone, so "Saved" means stored; a change still waiting is retried until it lands, across worker
// restarts and reloads. Applying a change is per field and keeps the later edit of each field
// (utils/db/plans.ts, changePlan), so two tabs editing different fields both keep theirs, and a late
// arrival never overwrites a newer edit.
//
// The same storage change tells every other open panel of the lesson at once: they show the new value,
// or say so when the teacher has unsaved typing in that very field (utils/lesson-plan/session.ts).

/** The slice of browser.storage a page-side outbox needs; tests pass an in-memory one. */
export interface OutboxStorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type OutboxEvent =
  /** One of this view's changes is in the database. */
  | { kind: 'stored'; key: string }
  /** The background refused one of this view's changes; it will never be stored. */
  | { kind: 'refused'; key: string; message: string }
  /** Another page view wrote a change (its payload is unchecked: compare before use). */
  | { kind: 'elsewhere'; type: string; payload: unknown };

export interface Outbox {
  /** This page view's name in outbox keys. */
  origin: string;
  /**
   * Writes a change. The storage write is issued before this returns, so a page that goes away right
   * after still hands it to the browser; `written` settles when storage has it (or could not take it).
   */
  put(type: string, payload: unknown): { key: string; written: Promise<void> };
  /** Listens to this view's changes being stored or refused, and to other views' changes. */
  subscribe(listener: (event: OutboxEvent) => void): () => void;
}

/**
 * How soon a page asks the background again while one of its changes waits, doubling from the first to
 * the last (the storage change itself also wakes the worker; this covers a drain that failed).
 */
export const NUDGE_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

let sequence = 0;

export function createOutbox(options: {
  storage: OutboxStorageArea;
  /** Registers a storage.onChanged listener for the `local` area; returns how to remove it. */
  onChanged: (listener: (changes: Record<string, StorageChange>) => void) => () => void;
  origin?: string;
  now?: () => number;
}): Outbox {
  const origin = options.origin ?? randomOrigin();
  const now = options.now ?? Date.now;
  const mine = new Set<string>();
  const listeners = new Set<(event: OutboxEvent) => void>();
  let stopListening: (() => void) | null = null;

  const emit = (event: OutboxEvent) => {
    for (const listener of listeners) listener(event);
  };

  const onChanges = (changes: Record<string, StorageChange>) => {
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(REFUSED_PREFIX)) {
        const outboxKey = key.slice(REFUSED_PREFIX.length);
        if (!mine.has(outboxKey) || change.newValue === undefined) continue;
        mine.delete(outboxKey);
        const message = (change.newValue as { message?: unknown }).message;
        emit({ kind: 'refused', key: outboxKey, message: typeof message === 'string' ? message : '' });
        void options.storage.remove(key).catch(() => undefined);
        continue;
      }
      if (!isOutboxKey(key)) continue;
      if (mine.has(key)) {
        if (change.newValue === undefined) {
          mine.delete(key);
          emit({ kind: 'stored', key });
        }
        continue;
      }
      if (change.newValue === undefined || key.startsWith(`${OUTBOX_PREFIX}${origin}:`)) continue;
      const entry = change.newValue as { type?: unknown; payload?: unknown };
      if (typeof entry?.type === 'string') emit({ kind: 'elsewhere', type: entry.type, payload: entry.payload });
    }
  };

  return {
    origin,
    put(type, payload) {
      sequence += 1;
      const key = `${OUTBOX_PREFIX}${origin}:${sequence}`;
      mine.add(key);
      let written: Promise<void>;
      try {
        written = options.storage.set({ [key]: { type, payload, origin, writtenAt: now() } });
      } catch (error) {
        written = Promise.reject(error); // the extension went away under this tab
      }
      written = written.catch((error: unknown) => {
        mine.delete(key);
        throw error;
      });
      return { key, written };
    },
    subscribe(listener) {
      listeners.add(listener);
      stopListening ??= options.onChanged(onChanges);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopListening?.();
          stopListening = null;
        }
      };
    },
  };
}

function randomOrigin(): string {
  return typeof crypto?.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}
