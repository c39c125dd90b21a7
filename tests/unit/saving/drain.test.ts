import { describe, expect, it } from 'vitest';
import { changePlan, getPlan } from '../../../utils/db/plans';
import type { Result } from '../../../utils/messaging/protocol';
import { createDrainer } from '../../../utils/saving/drain';
import { LAB_REPORT } from '../db/sample';
import { freshDatabase } from '../db/test-db';
import { memoryStorage, saveRig } from './rig';

/** An hour ago: edit times must not lie ahead of the clock (utils/db/field-times.ts). */
const T0 = Date.now() - 3_600_000;
const change = (content: Record<string, unknown>, at: number) => ({
  lesson: { ...LAB_REPORT },
  content,
  editedAt: Object.fromEntries(Object.keys(content).map((field) => [field, at])),
});
const entry = (payload: unknown, writtenAt: number, origin = 'tab-a') => ({
  type: 'plan.change',
  payload,
  origin,
  writtenAt,
});

describe('changePlan', () => {
  it('creates the plan on the first change and merges later ones field by field', async () => {
    const db = freshDatabase();
    await changePlan(db, change({ goal: 'Measure volume' }, T0));
    await changePlan(db, change({ targetStudents: 'JS' }, T0 + 1));
    expect(await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toMatchObject({
      goal: 'Measure volume',
      targetStudents: 'JS',
      model: null,
      lesson: { title: LAB_REPORT.title },
    });
  });

  it('never lets an edit that arrives late overwrite a later edit of the same field', async () => {
    const db = freshDatabase();
    await changePlan(db, change({ goal: 'newer', model: 'team' }, T0 + 10));
    await changePlan(db, change({ goal: 'older', status: 'ready' }, T0));
    expect(await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toMatchObject({
      goal: 'newer',
      model: 'team',
      status: 'ready', // the late change's other field is still news
    });
  });

  it('is idempotent: the same change twice stores the same plan', async () => {
    const db = freshDatabase();
    await changePlan(db, change({ goal: 'once' }, T0));
    const first = await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId);
    await changePlan(db, change({ goal: 'once' }, T0));
    const second = await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId);
    expect({ ...second, updatedAt: '' }).toEqual({ ...first, updatedAt: '' });
  });
});

describe('outbox drain', () => {
  it('stores waiting changes oldest first and removes each once stored', async () => {
    const rig = saveRig();
    await rig.storage.set({
      'outbox:b:1': entry(change({ goal: 'second' }, T0 + 5), T0 + 5, 'b'),
      'outbox:a:1': entry(change({ goal: 'first', model: 'stations' }, T0), T0, 'a'),
    });
    rig.worker.stopped = true; // drained by hand below, not by the storage listener
    expect(await rig.drain()).toBe(0);
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect(await getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toMatchObject({
      goal: 'second',
      model: 'stations',
    });
  });

  it('keeps a change when the database fails, and stores it on the next drain', async () => {
    const storage = memoryStorage();
    let fail = true;
    const stored: unknown[] = [];
    const run = async (_type: string, payload: unknown): Promise<Result<unknown>> => {
      if (fail) return { ok: false, error: { code: 'internal', message: 'disk full' } };
      stored.push(payload);
      return { ok: true, data: null };
    };
    const drain = createDrainer(storage, run);
    await storage.set({ 'outbox:a:1': entry(change({ goal: 'kept' }, T0), T0) });
    expect(await drain()).toBe(1);
    expect(storage.outboxKeys()).toEqual(['outbox:a:1']);
    fail = false;
    expect(await drain()).toBe(0);
    expect(storage.outboxKeys()).toEqual([]);
    expect(stored).toHaveLength(1);
  });

  it('refuses a change that can never be stored, tells its tab, and drops unreadable entries', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    await rig.storage.set({
      'outbox:a:1': entry(change({ goal: 'x'.repeat(5000) }, T0), T0),
      'outbox:a:2': { type: 'plan.delete', payload: {} },
      'outbox:a:3': 'not an entry',
    });
    await rig.drain();
    expect(rig.storage.outboxKeys()).toEqual([]);
    const refusal = rig.storage.items.get('refused:outbox:a:1') as { message: string };
    expect(refusal.message).toMatch(/goal/);
    expect(await getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toBeNull();
  });

  it('a change written while a drain runs is stored by that drain', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    await rig.storage.set({ 'outbox:a:1': entry(change({ goal: 'one' }, T0), T0) });
    const draining = rig.drain();
    await rig.storage.set({ 'outbox:a:2': entry(change({ model: 'team' }, T0 + 1), T0 + 1) });
    await rig.drain(); // joins the running drain, which looks again
    await draining;
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect(await getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toMatchObject({ goal: 'one', model: 'team' });
  });

  it('a plan read through the background sees changes still waiting in the outbox', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    await rig.storage.set({ 'outbox:a:1': entry(change({ goal: 'waiting' }, T0), T0) });
    rig.worker.stopped = false;
    const read = await rig.call('plan.get', { courseId: LAB_REPORT.courseId, itemId: LAB_REPORT.itemId });
    expect(read).toMatchObject({ ok: true, data: { goal: 'waiting' } });
  });
});
