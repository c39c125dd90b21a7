import '../db/test-db';
import { describe, expect, it, vi } from 'vitest';
import { changePlan, getPlan, savePlan } from '../../../utils/db/plans';
import { listSharedPlans, makeOwnCopy, SharedPlanRefused } from '../../../utils/db/shared-plans';
import { createRequestRunner } from '../../../utils/messaging/handlers';
import type { LessonPlan } from '../../../utils/schema/plan';
import { LAB_REPORT, planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';
import { planTab, saveRig } from '../saving/rig';

// A plan received in a partner file is read-only until the receiver makes it their own: the panel disables its
// editor, and the background refuses every edit of it, so a stale tab or a forged message cannot change it.

const SHARED_BY = { name: 'Ms. Diaz', at: '2026-09-14T15:00:00.000Z' };
const lesson = { courseId: LAB_REPORT.courseId, itemId: LAB_REPORT.itemId };

/** Ms. Diaz's plan of the lab, as a partner file brought it. */
async function storeShared(db = freshDatabase()): Promise<{ db: typeof db; plan: LessonPlan }> {
  const own = await savePlan(db, planInput({ model: 'stations', goal: 'Measure volume' }));
  const plan: LessonPlan = { ...own, sharedBy: SHARED_BY, updatedAt: '2026-09-14T10:00:00.000Z' };
  await db.plans.put(plan);
  return { db, plan };
}

describe('a shared plan in the database', () => {
  it('refuses changePlan and savePlan, and changes nothing', async () => {
    const { db, plan } = await storeShared();
    await expect(
      changePlan(db, { lesson: planInput().lesson, content: { goal: 'Forged' }, editedAt: { goal: Date.now() } }),
    ).rejects.toBeInstanceOf(SharedPlanRefused);
    await expect(savePlan(db, planInput({ goal: 'Forged' }))).rejects.toBeInstanceOf(SharedPlanRefused);
    expect(await getPlan(db, lesson.courseId, lesson.itemId)).toEqual(plan);
  });

  it('makeOwnCopy removes the mark and moves updatedAt; the plan is then edited like any other', async () => {
    const { db } = await storeShared();
    expect((await listSharedPlans(db)).map((plan) => plan.id)).toEqual([`plan:${lesson.courseId}:${lesson.itemId}`]);
    const own = await makeOwnCopy(db, lesson.courseId, lesson.itemId);
    expect(own?.sharedBy).toBeUndefined();
    expect(own?.goal).toBe('Measure volume');
    expect(Date.parse(own?.updatedAt ?? '')).toBeGreaterThan(Date.parse('2026-09-14T10:00:00.000Z'));
    expect(await listSharedPlans(db)).toEqual([]);
    const edited = await changePlan(db, {
      lesson: planInput().lesson,
      content: { goal: 'Mine now' },
      editedAt: { goal: Date.now() },
    });
    expect(edited.goal).toBe('Mine now');
    expect(await makeOwnCopy(db, '1', '2')).toBeNull();
  });
});

describe('the messages', () => {
  const runner = (db: ReturnType<typeof freshDatabase>) =>
    createRequestRunner({ db, extensionId: 'x', extensionOrigin: 'chrome-extension://x' });

  it('plan.change to a shared plan is refused as bad-request (never retried), not an internal failure', async () => {
    const { db } = await storeShared();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runner(db)('plan.change', {
      lesson: planInput().lesson,
      content: { goal: 'Forged' },
      editedAt: { goal: Date.now() },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it("plan.makeOwn takes exactly a lesson and makes the plan the receiver's own", async () => {
    const { db } = await storeShared();
    const run = runner(db);
    expect(await run('plan.makeOwn', { ...lesson, sharedBy: null })).toMatchObject({ error: { code: 'bad-request' } });
    expect(await run('plan.makeOwn', { courseId: lesson.courseId })).toMatchObject({ error: { code: 'bad-request' } });
    expect((await getPlan(db, lesson.courseId, lesson.itemId))?.sharedBy).toEqual(SHARED_BY);
    const made = await run('plan.makeOwn', lesson);
    expect(made.ok && (made.data as LessonPlan).sharedBy).toBeUndefined();
    expect((await getPlan(db, lesson.courseId, lesson.itemId))?.sharedBy).toBeUndefined();
  });
});

describe("the lesson panel's session on a shared plan", () => {
  it('a tab opened before the import cannot edit it: its change is refused through the outbox, not retried', async () => {
    const rig = saveRig();
    const stale = planTab(rig);
    await stale.session.load(); // no plan yet: an editor on screen
    await storeShared(rig.db); // the partner file comes in meanwhile
    stale.session.actions.update({ goal: 'Stale tab' });
    await vi.waitFor(() => expect(stale.last().save).toBe('error'));
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect((await getPlan(rig.db, lesson.courseId, lesson.itemId))?.goal).toBe('Measure volume');
    stale.session.dispose();
  });

  it('loads it as shared and ignores edits until the teacher makes their own copy', async () => {
    const rig = saveRig();
    await storeShared(rig.db);
    const tab = planTab(rig);
    await tab.session.load();
    expect(tab.last().sharedBy).toEqual(SHARED_BY);
    tab.session.actions.update({ goal: 'Ignored' });
    expect(tab.last().content.goal).toBe('Measure volume');
    expect(tab.last().save).toBe('idle');

    expect(await tab.session.actions.makeOwnCopy()).toBe(true);
    expect(tab.last().sharedBy).toBeNull();
    tab.session.actions.update({ goal: 'Mine now' });
    await vi.waitFor(() => expect(tab.last().save).toBe('saved'));
    expect((await getPlan(rig.db, lesson.courseId, lesson.itemId))?.goal).toBe('Mine now');
    tab.session.dispose();
  });

  it('a second tab of the lesson follows: editable once the first made it their own, never showing a refused edit', async () => {
    const rig = saveRig();
    await storeShared(rig.db);
    const first = planTab(rig);
    const second = planTab(rig);
    const stale = planTab(rig);
    await Promise.all([first.session.load(), second.session.load()]);
    expect(second.last().sharedBy).toEqual(SHARED_BY);

    // A tab that missed the import edits anyway: refused, so the tab showing it as shared keeps the stored text.
    stale.session.actions.update({ goal: 'Stale tab' });
    await vi.waitFor(() => expect(stale.last().save).toBe('error'));
    await vi.waitFor(() => expect(second.last().content.goal).toBe('Measure volume'));
    expect(second.last().sharedBy).toEqual(SHARED_BY);

    expect(await first.session.actions.makeOwnCopy()).toBe(true);
    first.session.actions.update({ goal: 'Mine now' });
    await vi.waitFor(() => expect(first.last().save).toBe('saved'));
    await vi.waitFor(() => expect(second.last().sharedBy).toBeNull());
    expect(second.last().content.goal).toBe('Mine now');
    for (const tab of [first, second, stale]) tab.session.dispose();
  });
});
