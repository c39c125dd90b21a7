import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../utils/messaging/protocol';
import { type Call, createPlanSession, type SessionState } from '../../../utils/plans/session';
import type { Person } from '../../../utils/schema/person';
import { LAB_REPORT } from '../db/sample';

const marcus: Person = {
  id: 'person:1',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  archived: false,
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
};

/** A fake background: records calls and answers at once, or from `answers` (which may hold an answer back). */
function fakeBackground(answers: Partial<Record<string, () => Result<unknown>>> = {}) {
  const calls: { type: string; payload: unknown }[] = [];
  const call = (async (type: string, payload: unknown) => {
    calls.push({ type, payload });
    const answer = answers[type];
    if (answer) return answer();
    if (type === 'plan.get') return { ok: true, data: null };
    if (type === 'people.list') return { ok: true, data: [marcus] };
    if (type === 'people.add') return { ok: true, data: { ...marcus, id: 'person:2', name: (payload as Person).name } };
    return { ok: true, data: {} };
  }) as Call;
  return { call, calls, saves: () => calls.filter((c) => c.type === 'plan.save') };
}

function setup(background = fakeBackground()) {
  const states: SessionState[] = [];
  const session = createPlanSession({
    lesson: () => ({ ...LAB_REPORT }),
    call: background.call,
    onChange: (state) => states.push(state),
    saveDelayMs: 10,
  });
  return { session, states, background, last: () => session.getState() };
}

describe('plan session', () => {
  it('loads an empty plan and the people list', async () => {
    const { session, last } = setup();
    await session.load();
    expect(last()).toMatchObject({ load: 'ready', hasPlan: false, people: [marcus], content: { model: null } });
  });

  it('saves edits once after a burst of typing, then shows saved', async () => {
    const { session, last, background } = setup();
    await session.load();
    for (const goal of ['C', 'Co', 'Com', 'Compare']) session.actions.update({ goal });
    expect(last().save).toBe('pending');
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    expect(background.saves()).toHaveLength(1);
    expect(background.saves()[0]?.payload).toMatchObject({
      lesson: { itemId: LAB_REPORT.itemId },
      content: { goal: 'Compare' },
    });
    expect(last().hasPlan).toBe(true);
  });

  it('keeps the edit and reports an error when saving fails, and a retry sends it', async () => {
    let fail = true;
    const background = fakeBackground({
      'plan.save': () =>
        fail ? { ok: false, error: { code: 'internal', message: 'disk full' } } : { ok: true, data: {} },
    });
    const { session, last } = setup(background);
    await session.load();
    session.actions.update({ model: 'team' });
    await vi.waitFor(() => expect(last().save).toBe('error'));
    expect(last().content.model).toBe('team');
    fail = false;
    await session.actions.flush();
    expect(last().save).toBe('saved');
    expect(background.saves()).toHaveLength(2);
  });

  it('says the extension was updated when the background is gone', async () => {
    const background = fakeBackground({
      'plan.get': () => ({ ok: false, error: { code: 'invalidated', message: 'x' } }),
    });
    const { session, last } = setup(background);
    await session.load();
    expect(last().load).toBe('invalidated');
  });

  it('does not overwrite edits typed while the stored plan was loading', async () => {
    const { session, last } = setup(
      fakeBackground({ 'plan.get': () => ({ ok: true, data: { ...LAB_REPORT, model: 'observe', goal: 'old' } }) }),
    );
    const loading = session.load();
    session.actions.update({ goal: 'typed first' });
    await loading;
    expect(last().content.goal).toBe('typed first');
  });

  it('adds a new person inline as a supporting adult with the given role', async () => {
    const { session, last } = setup();
    await session.load();
    expect(
      await session.actions.addPerson({ name: 'Zoe Park', kind: 'special-education-teacher' }, 'small-group'),
    ).toBe(true);
    expect(last().people.map((person) => person.name)).toEqual(['Marcus Lee', 'Zoe Park']);
    expect(last().content.supports).toEqual([{ personId: 'person:2', role: 'small-group' }]);
  });

  it('sends an edit made while a save is on its way in a second save, by itself and in order', async () => {
    const held: Array<() => void> = [];
    const background = fakeBackground({
      'plan.save': () => ({ ok: true, data: {} }),
    });
    const slowCall = (async (type: string, payload: unknown) => {
      if (type === 'plan.save') await new Promise<void>((release) => held.push(release));
      return background.call(type as never, payload as never);
    }) as Call;
    const { session, last } = setup({ ...background, call: slowCall });
    await session.load();
    session.actions.update({ goal: 'one' });
    await vi.waitFor(() => expect(held).toHaveLength(1)); // first save sent, answer held back
    session.actions.update({ goal: 'two' });
    held[0]?.();
    await vi.waitFor(() => expect(held).toHaveLength(2)); // the second save went out on its own
    held[1]?.();
    await vi.waitFor(() => expect(last().save).toBe('saved'));
    const goals = background.saves().map((save) => (save.payload as { content: { goal: string } }).content.goal);
    expect(goals).toEqual(['one', 'two']);
  });

  it('sends pending edits at once when the page goes away, even with a save on its way', async () => {
    const held: Array<() => void> = [];
    const background = fakeBackground();
    const slowCall = (async (type: string, payload: unknown) => {
      if (type === 'plan.save') await new Promise<void>((release) => held.push(release));
      return background.call(type as never, payload as never);
    }) as Call;
    const { session } = setup({ ...background, call: slowCall });
    await session.load();
    session.actions.update({ goal: 'one' });
    await vi.waitFor(() => expect(held).toHaveLength(1));
    session.actions.update({ goal: 'last words' });
    void session.actions.flush({ immediate: true });
    await vi.waitFor(() => expect(held).toHaveLength(2)); // sent without waiting for the first answer
  });

  it('clears a stale error on retry when there is nothing left to send', async () => {
    const background = fakeBackground({
      'people.add': () => ({ ok: false, error: { code: 'internal', message: 'x' } }),
    });
    const { session, last } = setup(background);
    await session.load();
    expect(await session.actions.addPerson({ name: 'Zoe Park', kind: 'other' }, 'circulate')).toBe(false);
    expect(last().save).toBe('error');
    await session.actions.flush();
    expect(last()).toMatchObject({ save: 'idle', errorMessage: null });
  });
});
