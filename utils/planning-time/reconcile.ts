import type { LostOccurrence, PlanningBlock } from '../schema/calendar';
import { lostOccurrenceId } from '../schema/calendar-values';
import { isOccurrence } from './occurrences';

// Lost planning time. Each time the Calendar grid is read, the recorded planning blocks are compared with
// the chips recognised on the visible days:
// - a block recognised on any visible day is `seen` (only reported while its seenAt is still unset);
// - an occurrence on a visible day whose chip is missing is lost, but only for a block that was already
//   seen before, or is seen on another visible day right now: until Tandem has seen a block once, the user
//   may simply not have saved it in Calendar, and that is not lost time. Each occurrence is recorded once
//   (no new record when lost:<blockId>:<date> exists). minutes = end - start;
// - a lost occurrence whose chip is back on its day is `restore`d (its record deleted).
// With `now`, occurrences that have not ended yet (later days, or today before the block's end) are not
// judged lost: the user can still put them back. Without it every visible occurrence is judged.
// Pure and idempotent: applying the result and reconciling the same grid again yields nothing new.

export type ReconcileBlock = Pick<PlanningBlock, 'id' | 'firstDate' | 'start' | 'end' | 'repeat' | 'seenAt'>;
export type ReconcileLost = Pick<LostOccurrence, 'id' | 'blockId' | 'date'>;

export interface ReconcileInput {
  blocks: readonly ReconcileBlock[];
  /** The days the calendar grid showed, YYYY-MM-DD. */
  visibleDays: readonly string[];
  /** date → ids of the blocks whose chip was recognised that day (see matchBlocks). */
  presentBlockIdsByDate: ReadonlyMap<string, Iterable<string>> | Readonly<Record<string, Iterable<string> | undefined>>;
  /** Lost occurrences already recorded. */
  lost: readonly ReconcileLost[];
  /** The current wall-clock moment; occurrences not over by then are not judged lost. */
  now?: { date: string; minute: number };
}

export interface NewLostOccurrence {
  blockId: string;
  date: string;
  minutes: number;
}

export interface ReconcileResult {
  /** Blocks to stamp with seenAt (recognised now, never seen before). */
  seen: string[];
  /** Occurrences to record as lost. */
  lose: NewLostOccurrence[];
  /** Ids of lost records to delete: the block is on its day again. */
  restore: string[];
}

export function reconcileWeek(input: ReconcileInput): ReconcileResult {
  const days = [...new Set(input.visibleDays)].sort();
  const present = new Map<string, Set<string>>();
  for (const date of days) present.set(date, new Set(presentOn(input.presentBlockIdsByDate, date)));
  const isPresent = (blockId: string, date: string): boolean => present.get(date)?.has(blockId) ?? false;
  const presentAnywhere = new Set([...present.values()].flatMap((ids) => [...ids]));

  const recorded = new Set<string>();
  for (const record of input.lost) {
    recorded.add(record.id);
    recorded.add(lostOccurrenceId(record.blockId, record.date));
  }

  const seen: string[] = [];
  const lose: NewLostOccurrence[] = [];
  for (const block of input.blocks) {
    const seenNow = presentAnywhere.has(block.id);
    if (seenNow && !block.seenAt) seen.push(block.id);
    if (!block.seenAt && !seenNow) continue;
    for (const date of days) {
      if (!isOccurrence(block, date) || isPresent(block.id, date)) continue;
      if (recorded.has(lostOccurrenceId(block.id, date))) continue;
      if (input.now && !isOver(date, block.end, input.now)) continue;
      lose.push({ blockId: block.id, date, minutes: Math.max(0, block.end - block.start) });
    }
  }

  const restore = input.lost.filter((record) => isPresent(record.blockId, record.date)).map((record) => record.id);
  return { seen, lose, restore };
}

function presentOn(byDate: ReconcileInput['presentBlockIdsByDate'], date: string): Iterable<string> {
  if (byDate instanceof Map) return byDate.get(date) ?? [];
  return (byDate as Readonly<Record<string, Iterable<string> | undefined>>)[date] ?? [];
}

function isOver(date: string, end: number, now: { date: string; minute: number }): boolean {
  return date < now.date || (date === now.date && end <= now.minute);
}
