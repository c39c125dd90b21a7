import type { Call } from '../lesson-plan/session';
import type { RequestType, Result } from '../messaging/protocol';
import { NUDGE_DELAYS_MS, type Outbox } from './outbox';

// Saves of settings and people from a content script (the Calendar panel), and of a class's meetings (the
// lesson panel, issue 13), through the outbox
// (utils/saving/outbox.ts), so they survive a stopped worker and a tab closed right after, like a lesson
// plan's edits. Each is a partial update of the fields given (utils/db/settings.ts, utils/db/people.ts),
// stored in the order written, so two tabs editing different fields both keep theirs and on the same
// field the later save wins. Everything else goes to the background as a message.

/** Request types stored through the outbox from a panel's durableCall; utils/schema/outbox.ts lists all. */
export const DURABLE_TYPES = [
  'settings.save',
  'people.update',
  'classMeetings.save',
] as const satisfies readonly RequestType[];
type DurableType = (typeof DURABLE_TYPES)[number];

export function durableCall(call: Call, outbox: Outbox): Call {
  const isDurable = (type: RequestType): type is DurableType => (DURABLE_TYPES as readonly string[]).includes(type);
  return ((type: RequestType, payload: unknown) => {
    if (!isDurable(type)) return call(type, payload as never);
    return new Promise<Result<unknown>>((resolve) => {
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (result: Result<unknown>) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        unsubscribe();
        resolve(result);
      };
      const { key, written } = outbox.put(type, payload);
      const unsubscribe = outbox.subscribe((event) => {
        if (event.kind === 'stored' && event.key === key) finish({ ok: true, data: null });
        if (event.kind === 'refused' && event.key === key) {
          finish({ ok: false, error: { code: 'bad-request', message: event.message } });
        }
      });
      let nudges = 0;
      const nudge = async () => {
        if (done) return;
        const answer = await call('outbox.drain', {});
        if (!answer.ok && answer.error.code === 'invalidated') return finish(answer);
        if (done) return;
        timer = setTimeout(() => void nudge(), NUDGE_DELAYS_MS[Math.min(nudges++, NUDGE_DELAYS_MS.length - 1)]);
      };
      written.then(
        () => void nudge(),
        (error: unknown) =>
          finish({
            ok: false,
            error: { code: 'invalidated', message: error instanceof Error ? error.message : String(error) },
          }),
      );
    });
  }) as Call;
}
