import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../utils/db/people';
import { getSettings } from '../../../utils/db/settings';
import { durableCall } from '../../../utils/saving/durable-call';
import { saveRig } from './rig';

describe('durableCall (Calendar settings and people through the outbox)', () => {
  it('keeps a settings save while the worker is stopped and answers once it is stored', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    const call = durableCall(rig.call, rig.outbox());
    let answered = false;
    const saving = call('settings.save', { myName: 'Ms. Rivera' }).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    expect(rig.storage.outboxKeys()).toHaveLength(1);
    rig.worker.stopped = false;
    expect(await saving).toEqual({ ok: true, data: null });
    expect((await getSettings(rig.db)).myName).toBe('Ms. Rivera');
  });

  it('two tabs saving different settings fields both keep theirs', async () => {
    const rig = saveRig();
    const first = durableCall(rig.call, rig.outbox());
    const second = durableCall(rig.call, rig.outbox());
    const schoolDay = { weekdays: [1, 2, 3, 4], start: 480, end: 900 };
    await Promise.all([first('settings.save', { myName: 'Ms. Rivera' }), second('settings.save', { schoolDay })]);
    expect(await getSettings(rig.db)).toMatchObject({ myName: 'Ms. Rivera', schoolDay });
  });

  it('a person update the background refuses answers with the reason', async () => {
    const rig = saveRig();
    const person = await addPerson(rig.db, { name: 'Marcus Lee', kind: 'paraprofessional' });
    const call = durableCall(rig.call, rig.outbox());
    const answer = await call('people.update', { id: person.id, email: 'not an e-mail' });
    expect(answer.ok).toBe(false);
    expect(rig.storage.outboxKeys()).toEqual([]);
  });

  it('other requests go to the background as messages', async () => {
    const rig = saveRig();
    const call = durableCall(rig.call, rig.outbox());
    expect(await call('settings.get', {})).toMatchObject({ ok: true, data: { myName: '' } });
    expect(rig.storage.outboxKeys()).toEqual([]);
  });
});
