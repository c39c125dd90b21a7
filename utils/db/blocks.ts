import { reconcileWeek } from '../planning-time/reconcile';
import { type LostOccurrence, lostOccurrenceId, type NewPlanningBlock, type PlanningBlock } from '../schema/calendar';
import { newId, nowIso } from '../schema/common';
import type { TandemDatabase } from './database';

export async function listBlocks(db: TandemDatabase): Promise<PlanningBlock[]> {
  return db.blocks.orderBy('updatedAt').toArray();
}

export async function listLost(db: TandemDatabase): Promise<LostOccurrence[]> {
  return db.lost.orderBy('date').toArray();
}

/** Records a block the teacher is about to save in Calendar (or download as .ics). */
export async function createBlock(db: TandemDatabase, input: NewPlanningBlock): Promise<PlanningBlock> {
  const now = nowIso();
  const id = newId('block');
  const block: PlanningBlock = {
    id,
    ...input,
    title: input.title.trim(),
    createdAt: now,
    updatedAt: now,
  };
  await db.blocks.add(block);
  return block;
}

export interface WeekObservation {
  visibleDays: string[];
  present: Array<{ blockId: string; date: string }>;
}

export interface WeekRecord {
  /** Occurrences that were noted as lost by this call (each is noted once). */
  newlyLost: LostOccurrence[];
  blocks: PlanningBlock[];
  lost: LostOccurrence[];
}

/**
 * What the Calendar grid showed this time: which recorded blocks were there on which visible days. In one
 * transaction: blocks seen for the first time are marked seen, occurrences missing from a visible day are
 * noted as lost once, and lost occurrences that are back are forgotten. Idempotent: the same observation
 * twice changes nothing the second time, so a re-rendering Calendar cannot double-count.
 */
export async function recordWeek(db: TandemDatabase, observation: WeekObservation): Promise<WeekRecord> {
  return db.transaction('rw', db.blocks, db.lost, async () => {
    const [blocks, lost] = await Promise.all([db.blocks.toArray(), db.lost.toArray()]);
    const present: Record<string, string[]> = {};
    for (const { blockId, date } of observation.present) present[date] = [...(present[date] ?? []), blockId];
    const result = reconcileWeek({
      blocks,
      visibleDays: observation.visibleDays,
      presentBlockIdsByDate: present,
      lost,
    });
    const now = nowIso();
    const seen = blocks.filter((block) => result.seen.includes(block.id) && !block.seenAt);
    await db.blocks.bulkPut(seen.map((block) => ({ ...block, seenAt: now, updatedAt: now })));
    const newlyLost: LostOccurrence[] = result.lose.map(({ blockId, date, minutes }) => ({
      id: lostOccurrenceId(blockId, date),
      blockId,
      date,
      minutes,
      createdAt: now,
      updatedAt: now,
    }));
    await db.lost.bulkPut(newlyLost);
    await db.lost.bulkDelete(result.restore);
    return { newlyLost, blocks: await listBlocks(db), lost: await listLost(db) };
  });
}
