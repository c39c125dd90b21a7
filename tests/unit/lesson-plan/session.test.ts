import { describe, expect, it, vi } from 'vitest';
import { getPlan } from '../../../utils/db/plans';
import type { Call } from '../../../utils/lesson-plan/session';
import type { NewPerson } from '../../../utils/schema/person';
import { LAB_REPORT } from '../db/sample';
import { planTab, saveRig } from '../saving/rig';

// The lesson panel's session on the real save path: outbox in (memory) storage.local, the background's
// drainer and handlers on fake-indexeddb (tests/unit/saving/rig.ts).

const stored = (rig: ReturnType<typeof saveRig>) => getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId);

describe('plan session', () => {
  it('loads an empty plan and the people list', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    expect(last()).toMatchObject({ load: 'ready', hasPlan: false, people: [], content: { model: null } });
  });

  it('writes a burst of typing as one change, and says "Saved" only once it is stored', async () => {
    const rig = saveRig();
    const { session, last, states } = planTab(rig);
    await session.load();
    for (const goal of ['C', 'Co', 'Com', 'Compare']) session.actions.update({ goal });
    expect(last().save).toBe('pending');
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    expect((await stored(rig))?.goal).toBe('Compare');
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect(states.filter((state) => state.save === 'saving').length).toBeGreaterThan(0);
    expect(last().hasPlan).toBe(true);
  });

  it('keeps a change in the outbox while the worker is stopped, and stores it when the worker is back', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    rig.worker.stopped = true;
    session.actions.update({ model: 'team' });
    await session.actions.flush();
    expect(last().save).not.toBe('saved');
    expect(rig.storage.outboxKeys()).toHaveLength(1);
    expect(await stored(rig)).toBeNull();
    rig.worker.stopped = false;
    await rig.drain(); // the worker starts again and drains at once
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    expect((await stored(rig))?.model).toBe('team');
  });

  it('says "Not saved yet" when a change waits long, and keeps asking until it is stored', async () => {
    const rig = saveRig();
    let clock = Date.now() - 3_600_000;
    const { session, last } = planTab(rig, { now: () => clock });
    await session.load();
    rig.worker.stopped = true;
    session.actions.update({ goal: 'waits' });
    await session.actions.flush();
    clock += 60_000;
    await session.actions.flush(); // a retry (or a nudge) while it still waits
    expect(last().save).toBe('error');
    rig.worker.stopped = false;
    await vi.waitFor(() => expect(last().save).toBe('saved'), { timeout: 15_000 }); // the next nudge stores it
    expect((await stored(rig))?.goal).toBe('waits');
  });

  it('writes the change before flush returns when the page goes away', () => {
    const rig = saveRig();
    const { session } = planTab(rig);
    rig.worker.stopped = true;
    session.actions.update({ goal: 'last words' });
    void session.actions.flush({ immediate: true });
    // Synchronously: nothing may wait for a promise on pagehide.
    expect(rig.storage.outboxKeys()).toHaveLength(1);
  });

  it('shows a change the background refused, in plain words, and never says "Saved"', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    session.actions.update({ goal: 'x'.repeat(5000) }); // longer than a plan allows
    await vi.waitFor(() => expect(last().save).toBe('error'));
    expect(last().errorMessage).toMatch(/goal/);
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect([...rig.storage.items.keys()].filter((key) => key.startsWith('refused:'))).toEqual([]);
  });

  it('two tabs editing different fields both keep theirs, and each shows the other’s', async () => {
    const rig = saveRig();
    const first = planTab(rig);
    const second = planTab(rig);
    await Promise.all([first.session.load(), second.session.load()]);
    first.session.actions.update({ goal: 'Measure volume' });
    second.session.actions.update({ targetStudents: 'JS' });
    await vi.waitFor(() => expect([first.last().save, second.last().save]).toEqual(['saved', 'saved']));
    expect(await stored(rig)).toMatchObject({ goal: 'Measure volume', targetStudents: 'JS' });
    expect(first.last().content.targetStudents).toBe('JS');
    expect(second.last().content.goal).toBe('Measure volume');
    expect([first.last().elsewhere, second.last().elsewhere]).toEqual([null, null]);
  });

  it('the same field in two tabs: the later edit wins everywhere, and the tab with the older unsaved edit says so', async () => {
    const rig = saveRig();
    let clock = Date.now() - 3_600_000;
    const now = () => clock;
    const first = planTab(rig, { now });
    const second = planTab(rig, { now });
    await Promise.all([first.session.load(), second.session.load()]);
    rig.worker.stopped = true; // neither is stored yet
    first.session.actions.update({ goal: 'older' });
    clock += 1000;
    second.session.actions.update({ goal: 'newer' });
    await second.session.actions.flush();
    await vi.waitFor(() => expect(first.last().content.goal).toBe('newer'));
    expect(first.last().elsewhere).toBe('theirs-shown');
    await first.session.actions.flush(); // nothing of the goal left to write
    rig.worker.stopped = false;
    await rig.drain();
    expect((await stored(rig))?.goal).toBe('newer');
  });

  it('a tab whose unsaved edit is the newer keeps it, says so, and it is what is stored', async () => {
    const rig = saveRig();
    let clock = Date.now() - 3_600_000;
    const now = () => clock;
    const first = planTab(rig, { now });
    const second = planTab(rig, { now });
    await Promise.all([first.session.load(), second.session.load()]);
    rig.worker.stopped = true;
    second.session.actions.update({ goal: 'older' });
    clock += 1000;
    first.session.actions.update({ goal: 'newer, still typing' });
    await second.session.actions.flush(); // the older edit reaches the other tab after the newer one was typed
    await vi.waitFor(() => expect(first.last().elsewhere).toBe('yours-kept'));
    expect(first.last().content.goal).toBe('newer, still typing');
    await vi.waitFor(() => expect(second.last().content.goal).toBe('newer, still typing'), { timeout: 15_000 });
    rig.worker.stopped = false;
    await rig.drain();
    await first.session.actions.flush();
    await rig.drain();
    expect((await stored(rig))?.goal).toBe('newer, still typing');
  });

  it('keeps fields edited while the stored plan was loading, and takes the stored value of the others', async () => {
    const rig = saveRig();
    const seed = planTab(rig);
    await seed.session.load();
    seed.session.actions.update({ model: 'observe', goal: 'old' });
    await vi.waitFor(() => expect(seed.last().save).toBe('saved'));
    const { session, last } = planTab(rig);
    const loading = session.load();
    session.actions.update({ goal: 'typed first' });
    await loading;
    expect(last().content).toMatchObject({ goal: 'typed first', model: 'observe' });
  });

  it('adds a new person inline as a supporting adult with the given role', async () => {
    const rig = saveRig();
    const { session, last } = planTab(rig);
    await session.load();
    const zoe: NewPerson = { name: 'Zoe Park', kind: 'special-education-teacher' };
    expect(await session.actions.addPerson(zoe, 'small-group')).toBe(true);
    expect(last().people.map((person) => person.name)).toEqual(['Zoe Park']);
    expect(last().content.supports).toEqual([{ personId: last().people[0]?.id, role: 'small-group' }]);
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    expect((await stored(rig))?.supports).toHaveLength(1);
  });

  it('says the extension was updated when the background is gone', async () => {
    const rig = saveRig();
    const gone = (async () => ({ ok: false, error: { code: 'invalidated', message: 'x' } })) as unknown as Call;
    const { session, last } = planTab(rig, { call: gone });
    await session.load();
    expect(last().load).toBe('invalidated');
  });

  it('clears a stale error on retry when there is nothing left to write', async () => {
    const rig = saveRig();
    const failing = (async (type: string, payload: unknown) =>
      type === 'people.add'
        ? { ok: false, error: { code: 'internal', message: 'x' } }
        : rig.call(type as never, payload as never)) as Call;
    const { session, last } = planTab(rig, { call: failing });
    await session.load();
    expect(await session.actions.addPerson({ name: 'Zoe Park', kind: 'other' }, 'circulate')).toBe(false);
    expect(last().save).toBe('error');
    await session.actions.flush();
    expect(last()).toMatchObject({ save: 'idle', errorMessage: null });
  });
});
