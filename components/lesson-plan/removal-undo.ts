// Undo for a row removed from one of the plan's lists (stations, adults, phases, materials, taught days):
// the pure part. A removal keeps the whole item (a station with its leader and minutes, a phase with its
// roles) and where it was; Undo is one more edit of the same field, so it saves through the outbox like any
// other (utils/lesson-plan/session.ts).

export interface Removal<T> {
  item: T;
  /** Its place in the list when it was removed. */
  index: number;
}

/** The list without the item at `index`, and what Undo needs to put it back; null when there is no such item. */
export function removeAt<T>(list: readonly T[], index: number): { list: T[]; removal: Removal<T> } | null {
  if (index < 0 || index >= list.length) return null;
  return { list: list.filter((_, i) => i !== index), removal: { item: list[index] as T, index } };
}

/**
 * The list with the removed item back at its place. The list may have changed since (another tab's edit of
 * the same field, shown here): the item goes in at the same index, or at the end when the list is now
 * shorter. Null when it no longer fits: the list is at its limit, or holds an item with the same identity
 * (`keyOf`; the same adult added again, say), which the plan's schema would refuse or show twice.
 */
export function restoreRemoval<T>(
  list: readonly T[],
  removal: Removal<T>,
  limits: { max: number; keyOf?: (item: T) => string },
): T[] | null {
  if (list.length >= limits.max) return null;
  const { keyOf } = limits;
  if (keyOf && list.some((item) => keyOf(item) === keyOf(removal.item))) return null;
  const next = [...list];
  next.splice(Math.min(removal.index, next.length), 0, removal.item);
  return next;
}
