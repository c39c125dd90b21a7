import type { TandemDatabase } from '../../../utils/db/database';
import { type Call, createPlanSession, type SessionState } from '../../../utils/lesson-plan/session';
import { createRequestRunner } from '../../../utils/messaging/handlers';
import type { ResponseData, Result } from '../../../utils/messaging/protocol';
import { createDrainer } from '../../../utils/saving/drain';
import { createOutbox, type Outbox, type StorageChange } from '../../../utils/saving/outbox';
import { LAB_REPORT } from '../db/sample';
import { freshDatabase } from '../db/test-db';

// The whole save path in memory: storage.local (with its change events, delivered asynchronously as the
// browser does), the background's drainer and request runner on fake-indexeddb, and page-side outboxes.
// `worker.stopped` makes the background unreachable, as a stopped service worker whose restart is held.

export function memoryStorage() {
  const items = new Map<string, unknown>();
  const listeners = new Set<(changes: Record<string, StorageChange>) => void>();
  const notify = (changes: Record<string, StorageChange>) => {
    queueMicrotask(() => {
      for (const listener of listeners) listener(changes);
    });
  };
  return {
    items,
    async getAll() {
      return Object.fromEntries(structuredClone([...items]));
    },
    async set(values: Record<string, unknown>) {
      const changes: Record<string, StorageChange> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: items.get(key), newValue: structuredClone(value) };
        items.set(key, structuredClone(value));
      }
      notify(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, StorageChange> = {};
      for (const key of Array.isArray(keys) ? keys : [keys]) {
        if (!items.has(key)) continue;
        changes[key] = { oldValue: items.get(key) };
        items.delete(key);
      }
      if (Object.keys(changes).length > 0) notify(changes);
    },
    onChanged(listener: (changes: Record<string, StorageChange>) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    outboxKeys() {
      return [...items.keys()].filter((key) => key.startsWith('outbox:'));
    },
  };
}

export function saveRig(db: TandemDatabase = freshDatabase()) {
  const storage = memoryStorage();
  const worker = { stopped: false };
  let drain: () => Promise<number> = async () => 0;
  const run = createRequestRunner({
    db,
    extensionId: 'x',
    extensionOrigin: 'chrome-extension://x',
    drain: () => drain(),
  });
  drain = createDrainer(storage, run);
  const unreachable = { ok: false, error: { code: 'unavailable', message: 'worker stopped' } } as const;
  /** A content script's call: the background answers after draining, unless the worker is stopped. */
  const call = (async (type: string, payload: unknown) => {
    if (worker.stopped) return unreachable;
    if (type !== 'outbox.drain') await drain();
    return run(type, payload) as Promise<Result<ResponseData[keyof ResponseData]>>;
  }) as Call;
  /** The background's storage listener: a new outbox entry wakes it (unless held stopped). */
  storage.onChanged((changes) => {
    if (worker.stopped) return;
    if (Object.entries(changes).some(([key, change]) => key.startsWith('outbox:') && change.newValue !== undefined)) {
      void drain();
    }
  });
  const outbox = (): Outbox => createOutbox({ storage, onChanged: (listener) => storage.onChanged(listener) });
  return { db, storage, worker, drain, call, outbox };
}

/** A lesson panel's session on the rig, in a tab of its own: its states, and the latest one. */
export function planTab(rig: ReturnType<typeof saveRig>, options: { call?: Call; now?: () => number } = {}) {
  const states: SessionState[] = [];
  const session = createPlanSession({
    lesson: () => ({ ...LAB_REPORT }),
    call: options.call ?? rig.call,
    outbox: rig.outbox(),
    onChange: (state) => states.push(state),
    saveDelayMs: 5,
    ...(options.now ? { now: options.now } : {}),
  });
  return { session, states, last: () => session.getState() };
}
