import type { Call } from '../lesson-plan/session';
import type { RequestPayload, RequestType } from './protocol';

// Asking the background before the code that needs the answer has loaded: a content script sends a
// view's first requests while its chunk is still being fetched and compiled (issue 5), so a stopped
// service worker starts meanwhile instead of afterwards. The chunk then calls as usual; each prefetched
// request is answered once from what is already on its way, anything else goes to the background.

export type Prefetch = { [T in RequestType]: readonly [T, RequestPayload<T>] }[RequestType];

export function prefetchingCall(call: Call, requests: readonly Prefetch[]): Call {
  const early = new Map<string, Promise<unknown>>();
  for (const [type, payload] of requests) {
    early.set(requestKey(type, payload), call(type, payload as RequestPayload<typeof type>));
  }
  return ((type, payload) => {
    const key = requestKey(type, payload);
    const answer = early.get(key);
    if (answer === undefined) return call(type, payload);
    early.delete(key); // once: a later load (a retry, a refresh) must ask again
    return answer;
  }) as Call;
}

/** Payloads are small plain objects built the same way on both sides, so their JSON identifies them. */
function requestKey(type: string, payload: unknown): string {
  return `${type}\u0000${JSON.stringify(payload)}`;
}
