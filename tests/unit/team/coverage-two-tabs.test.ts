import { describe, expect, it, vi } from 'vitest';
import { getPlan } from '../../../utils/db/plans';
import { LAB_REPORT } from '../db/sample';
import { planTab, saveRig } from '../saving/rig';

// Issue 15: a coverage mark is optional in a plan (plans stored before it have none). A mark made in one tab still
// shows at once in another tab on the same lesson whose plan had none (the session takes every plan field, the
// optional ones included).

describe('coverage marks in two tabs', () => {
  it('a mark made in one tab shows in the other, and is stored', async () => {
    const rig = saveRig();
    const first = planTab(rig);
    const second = planTab(rig);
    await Promise.all([first.session.load(), second.session.load()]);
    expect(second.last().content).not.toHaveProperty('coverage');
    first.session.actions.update({ coverage: [{ personId: 'person:marcus', minutes: 45 }] });
    await vi.waitFor(() => expect(first.last().save).toBe('saved'));
    expect((await getPlan(rig.db, LAB_REPORT.courseId, LAB_REPORT.itemId))?.coverage).toEqual([
      { personId: 'person:marcus', minutes: 45 },
    ]);
    await vi.waitFor(() =>
      expect(second.last().content.coverage).toEqual([{ personId: 'person:marcus', minutes: 45 }]),
    );
  });
});
