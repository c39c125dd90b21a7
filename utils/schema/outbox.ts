import * as z from 'zod/mini';

// The outbox (utils/saving/): a change a content script could not be sure had reached the database yet,
// kept in the extension's storage.local until the background has stored it. storage.local is written by
// the browser itself, so an entry survives a stopped service worker, a reload and a closed tab.

/** The request types that go through the outbox (utils/messaging/protocol.ts validates their payloads). */
export const OUTBOX_TYPES = ['plan.change', 'settings.save', 'people.update', 'classMeetings.save'] as const;

export const OutboxEntry = z.strictObject({
  type: z.enum(OUTBOX_TYPES),
  payload: z.unknown(),
  /** Which page view wrote it: its own entries are not news to it. */
  origin: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When it was written (Date.now()): the background stores older entries first. */
  writtenAt: z.number(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const RefusedEntry = z.strictObject({ message: z.string().check(z.maxLength(2000)), at: z.number() });
export type RefusedEntry = z.infer<typeof RefusedEntry>;
