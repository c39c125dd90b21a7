import { browser } from 'wxt/browser';
import { parseSchoolPolicy, type SchoolPolicy } from './policy';

// Reads the school's settings from managed storage, in the background and Tandem's own pages (content scripts ask
// the background). Never fails and never hangs: Firefox rejects when no enterprise policy names Tandem ("Managed
// storage manifest not found"), Chrome answers {} when nothing is set, and `storage.managed.get` can also never
// answer at all (measured here: Debian's Chromium under Playwright, no answer in 8 s from a page or the worker; the
// same hang is reported in Edge and Chrome, e.g. github.com/ghostery/ghostery-extension/issues/2817). So the
// policy last seen is kept in `storage.local` (key `schoolPolicy`), the live read is waited for only briefly,
// and once per page or worker: after that, the policy last seen is used at once.

/** Managed storage as far as Tandem uses it (tests pass their own). */
export interface ManagedArea {
  get: () => Promise<Record<string, unknown>>;
}

/** Where the policy last seen is kept. */
export interface PolicyCache {
  load: () => Promise<unknown>;
  save: (raw: Record<string, unknown>) => Promise<void>;
}

export const POLICY_CACHE_KEY = 'schoolPolicy';

/** How long a read waits for managed storage before using the policy last seen. */
export const LIVE_WAIT_MS = 250;

export const managedStorage: ManagedArea = {
  get: () => browser.storage.managed.get(null) as Promise<Record<string, unknown>>,
};

export const localPolicyCache: PolicyCache = {
  load: async () => (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY],
  save: (raw) => browser.storage.local.set({ [POLICY_CACHE_KEY]: raw }),
};

/** Reads the school's settings; one reader per page or worker, so a hanging read is waited for only once. */
export function createPolicyReader(area: ManagedArea = managedStorage, cache: PolicyCache = localPolicyCache) {
  let live: Promise<SchoolPolicy | null> | null = null;
  let waitedInVain = false;
  // Keeping it is a nicety: storage.local failing, even at once, must not cost the policy read.
  const keep = (raw: Record<string, unknown>) =>
    Promise.resolve()
      .then(() => cache.save(raw))
      .catch(() => undefined);
  const readLive = () => {
    // Called inside a promise: Firefox for Android has no storage.managed at all, so reaching it throws at once.
    live ??= Promise.resolve()
      .then(() => area.get())
      .then(
        async (raw) => {
          waitedInVain = false;
          await keep(raw);
          return parseSchoolPolicy(raw);
        },
        // Firefox without an enterprise policy for Tandem (or without managed storage): nothing is set.
        async () => {
          await keep({});
          return {};
        },
      );
    return live;
  };
  const lastSeen = async () => {
    try {
      return parseSchoolPolicy(await cache.load());
    } catch {
      return {};
    }
  };
  return {
    async read(): Promise<SchoolPolicy> {
      const reading = readLive();
      if (waitedInVain) return lastSeen();
      const timeout = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), LIVE_WAIT_MS));
      const answer = await Promise.race([reading, timeout]);
      if (answer !== 'late' && answer !== null) return answer;
      waitedInVain = true;
      return lastSeen();
    },
    /** The administrator changed the policy: read it again. */
    forget() {
      live = null;
      waitedInVain = false;
    },
  };
}

const reader = createPolicyReader();

export function readSchoolPolicy(): Promise<SchoolPolicy> {
  return reader.read();
}

/** For the background, whose storage listener sees the administrator's change: the next read asks again. */
export function forgetSchoolPolicy(): void {
  reader.forget();
}

/** Calls `onChange` when an administrator changes the policy while a page is open (Chrome re-reads it hourly or on push). */
export function onSchoolPolicyChanged(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    reader.forget();
    onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
