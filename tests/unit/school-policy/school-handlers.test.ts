import { describe, expect, it } from 'vitest';
import { backupIsDue } from '../../../utils/backup/export';
import { getSettings } from '../../../utils/db/settings';
import { createRequestRunner } from '../../../utils/messaging/handlers';
import type { CalendarState } from '../../../utils/messaging/protocol';
import type { SchoolPolicy } from '../../../utils/school-policy/policy';
import { freshDatabase } from '../db/test-db';

// The background applies the school's settings to what content scripts read and save (the Calendar panel edits the
// school day through 'settings.save'), so a page cannot store around a setting the school set.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const SCHOOL_DAY = { weekdays: [1, 2, 3, 4], start: '08:15', end: '15:05' };

function setup(policy: SchoolPolicy) {
  const db = freshDatabase();
  const run = createRequestRunner({
    db,
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}`,
    schoolPolicy: async () => policy,
  });
  return { db, run };
}

describe('school policy in the background', () => {
  it('answers with the school day the school set, and keeps the teacher’s own stored', async () => {
    const { db, run } = setup({ schoolDay: SCHOOL_DAY });
    const answer = await run('settings.save', { myName: 'Dana', schoolDay: { weekdays: [0], start: 60, end: 120 } });
    expect(answer).toMatchObject({
      ok: true,
      data: { myName: 'Dana', schoolDay: { weekdays: [1, 2, 3, 4], start: 495, end: 905 } },
    });
    // The teacher's name is saved; the school day they tried to set is not.
    const stored = await getSettings(db);
    expect(stored.myName).toBe('Dana');
    expect(stored.schoolDay).toEqual({ weekdays: [1, 2, 3, 4, 5], start: 450, end: 960 });
    expect(await run('settings.get', {})).toMatchObject({ ok: true, data: { schoolDay: { start: 495 } } });
  });

  it('answers a change of the school day alone with the settings in force, storing nothing', async () => {
    const { db, run } = setup({ schoolDay: SCHOOL_DAY });
    const answer = await run('settings.save', { schoolDay: { weekdays: [0], start: 60, end: 120 } });
    expect(answer).toMatchObject({ ok: true, data: { schoolDay: { start: 495 } } });
    expect(await db.settings.count()).toBe(0);
  });

  it('gives the Calendar panel the school’s settings with its state', async () => {
    const { run } = setup({ schoolDay: SCHOOL_DAY, initialsOnly: true });
    const answer = await run('calendar.state', {});
    if (!answer.ok) throw new Error('calendar.state failed');
    const state = answer.data as CalendarState;
    expect(state.school).toEqual({ schoolDay: SCHOOL_DAY, initialsOnly: true });
    expect(state.settings.schoolDay.end).toBe(905);
  });

  it('leaves the teacher’s school day alone when the school set none', async () => {
    const { run } = setup({ initialsOnly: true });
    const schoolDay = { weekdays: [2], start: 600, end: 700 };
    expect(await run('settings.save', { schoolDay })).toMatchObject({ ok: true, data: { schoolDay } });
  });
});

describe('backupIsDue with the school’s interval', () => {
  const now = new Date('2026-10-20T12:00:00Z');
  it('reminds after the number of days given', () => {
    expect(backupIsDue('2026-10-15T12:00:00Z', now, true, 3)).toBe(true);
    expect(backupIsDue('2026-10-15T12:00:00Z', now, true, 7)).toBe(false);
    expect(backupIsDue('2026-10-15T12:00:00Z', now, true)).toBe(false);
  });
});
