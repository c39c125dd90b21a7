import { browser } from 'wxt/browser';
import type { RequestPayload, RequestType, ResponseData, Result, TandemError } from './protocol';

// The only way page-side code (content scripts) and extension pages reach the background.
// Every call has a timeout, and every failure is turned into a typed TandemError instead of a throw,
// so a panel can always say something sensible.

export const DEFAULT_TIMEOUT_MS = 5000;

/** Chrome and Firefox phrase these differently; both mean the old content script lost its extension. */
const INVALIDATED = /context invalidated|extension context|receiving end does not exist/i;

export function isInvalidatedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return INVALIDATED.test(message);
}

export async function call<T extends RequestType>(
  type: T,
  payload: RequestPayload<T>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Result<ResponseData[T]>> {
  // After an update, the old content script's runtime has no id: sending would throw.
  if (!browser.runtime?.id) return failure('invalidated', 'Tandem was updated');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Result<ResponseData[T]>>((resolve) => {
    timer = setTimeout(() => resolve(failure('timeout', `No answer to ${type} in ${timeoutMs} ms`)), timeoutMs);
  });
  const send = browser.runtime
    .sendMessage({ tandem: 1, type, payload })
    .then((answer) => (isResult(answer) ? (answer as Result<ResponseData[T]>) : failure('unavailable', 'No answer')))
    .catch((error: unknown) =>
      failure(
        // "Receiving end does not exist" also comes from a worker stopped while it held the message: only
        // a runtime without an id means the extension itself is gone (a save then retries instead).
        isInvalidatedError(error) && !browser.runtime?.id ? 'invalidated' : 'unavailable',
        error instanceof Error ? error.message : String(error),
      ),
    );
  try {
    return await Promise.race([send, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function failure(code: TandemError['code'], message: string): { ok: false; error: TandemError } {
  return { ok: false, error: { code, message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
