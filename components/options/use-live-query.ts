import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown };

/**
 * A Dexie live query as component state: re-runs whenever the tables it read change, in this page or in
 * any other extension context (the service worker, the popup). `deps` re-subscribe when the query's
 * inputs change, as with useEffect. Components render nothing of the data while it is loading.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(
    () => {
      const subscription = liveQuery(query).subscribe({
        next: (value) => setLive({ state: 'ready', value }),
        error: (error: unknown) => setLive({ state: 'failed', error }),
      });
      return () => subscription.unsubscribe();
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names the query's inputs in `deps`
    deps,
  );
  return live;
}
