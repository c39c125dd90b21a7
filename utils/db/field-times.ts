import type { TandemDatabase } from './database';

// When each field of a record was last edited (Date.now() milliseconds, with a random fraction so two
// tabs never tie), kept beside the record in the `fieldTimes` table. Saves that arrive late — from the
// outbox after the worker was stopped, or retried after a database failure — must not overwrite a later
// edit of the same field (utils/saving/outbox.ts explains the save path).

/** How far ahead of the background's clock an edit time may be before it is not believed. */
export const CLOCK_SLACK_MS = 60_000;

/**
 * True when an edit made at `editedAt` is older than the one stored for that field. A stored time in the
 * future (the computer's clock was ahead, then corrected) is not trusted: otherwise the field would ignore
 * every edit until that moment came.
 */
export function isSuperseded(editedAt: number, storedAt: number | undefined, now: number): boolean {
  if (storedAt === undefined || storedAt > now + CLOCK_SLACK_MS) return false;
  return editedAt < storedAt;
}

/**
 * Applies `changes` field by field to `current` where each edit is not superseded, and records the times.
 * Must run inside the caller's transaction (which includes `fieldTimes`). Returns the fields applied.
 */
export async function applyFieldEdits<T extends object>(
  db: TandemDatabase,
  id: string,
  current: T,
  changes: Partial<T>,
  editedAt: (field: keyof T) => number,
): Promise<(keyof T)[]> {
  const now = Date.now();
  const times: Record<string, number> = { ...(await db.fieldTimes.get(id))?.at };
  const applied: (keyof T)[] = [];
  for (const field of Object.keys(changes) as (keyof T)[]) {
    const given = editedAt(field);
    const at = given > now + CLOCK_SLACK_MS ? now : given; // a clock far ahead is not stored
    if (isSuperseded(at, times[field as string], now)) continue;
    (current as Record<string, unknown>)[field as string] = changes[field];
    times[field as string] = at;
    applied.push(field);
  }
  if (applied.length > 0) await db.fieldTimes.put({ id, at: times });
  return applied;
}
