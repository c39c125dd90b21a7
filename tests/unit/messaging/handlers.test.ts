import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler } from '../../../utils/messaging/handlers';
import { LAB_REPORT, planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const classroomTab = { id: ID, url: 'https://classroom.google.com/u/0/c/x', tab: { id: 1 } };

function setup() {
  const db = freshDatabase();
  return { db, handle: createMessageHandler({ db, extensionId: ID, extensionOrigin: `chrome-extension://${ID}` }) };
}

describe('message handler', () => {
  it('saves and reads a plan for our content script', async () => {
    const { handle } = setup();
    const saved = await handle(
      { tandem: 1, type: 'plan.save', payload: planInput({ model: 'stations' }) },
      classroomTab,
    );
    expect(saved).toMatchObject({ ok: true, data: { id: 'plan:638595247147:638600123456', model: 'stations' } });
    const read = await handle(
      { tandem: 1, type: 'plan.get', payload: { courseId: LAB_REPORT.courseId, itemId: LAB_REPORT.itemId } },
      classroomTab,
    );
    expect(read).toMatchObject({ ok: true, data: { model: 'stations' } });
  });

  it('adds and lists people', async () => {
    const { handle } = setup();
    await handle(
      { tandem: 1, type: 'people.add', payload: { name: 'Marcus Lee', kind: 'paraprofessional' } },
      classroomTab,
    );
    const listed = await handle({ tandem: 1, type: 'people.list', payload: {} }, classroomTab);
    expect(listed.ok && (listed.data as { name: string }[]).map((person) => person.name)).toEqual(['Marcus Lee']);
  });

  it('leaves archived people out of the list unless asked for them (old notes still name them)', async () => {
    const { handle } = setup();
    const added = await handle(
      { tandem: 1, type: 'people.add', payload: { name: 'Ana Ruiz', kind: 'ell-teacher' } },
      classroomTab,
    );
    const id = added.ok ? (added.data as { id: string }).id : '';
    await handle({ tandem: 1, type: 'people.update', payload: { id, archived: true } }, classroomTab);
    const names = async (payload: object) => {
      const answer = await handle({ tandem: 1, type: 'people.list', payload }, classroomTab);
      return answer.ok ? (answer.data as { name: string }[]).map((person) => person.name) : answer.error;
    };
    expect(await names({})).toEqual([]);
    expect(await names({ includeArchived: true })).toEqual(['Ana Ruiz']);
  });

  it('refuses a foreign sender and writes nothing', async () => {
    const { db, handle } = setup();
    const answer = await handle(
      { tandem: 1, type: 'plan.save', payload: planInput() },
      { id: 'someone-else', url: 'https://classroom.google.com/', tab: { id: 1 } },
    );
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    expect(await db.plans.count()).toBe(0);
  });

  it.each([
    ['not an object', 'hello'],
    ['not our envelope', { type: 'plan.get', payload: {} }],
    ['an unknown type', { tandem: 1, type: 'db.dropAll', payload: {} }],
    ['a bad payload', { tandem: 1, type: 'plan.get', payload: { courseId: '1; DROP', itemId: 2 } }],
    [
      'a plan with an unknown model',
      { tandem: 1, type: 'plan.save', payload: planInput({ model: 'lecture' as never }) },
    ],
    ['a person without a name', { tandem: 1, type: 'people.add', payload: { name: '  ', kind: 'other' } }],
  ])('answers bad-request to %s and writes nothing', async (_label, message) => {
    const { db, handle } = setup();
    const answer = await handle(message, classroomTab);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('bad-request');
    expect(await db.plans.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('answers internal when the database fails, without throwing', async () => {
    const { db, handle } = setup();
    db.close({ disableAutoOpen: true });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await handle({ tandem: 1, type: 'people.list', payload: {} }, classroomTab);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
