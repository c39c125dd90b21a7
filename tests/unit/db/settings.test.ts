import './test-db';
import { describe, expect, it } from 'vitest';
import { markBackedUp } from '../../../utils/backup/export';
import { getSettings, saveSettings } from '../../../utils/db/settings';
import { freshDatabase } from './test-db';

describe('settings', () => {
  it('keeps the date of the last backup when the name or school day changes', async () => {
    const db = freshDatabase();
    await markBackedUp(db, '2026-11-20T15:00:00.000Z');
    await saveSettings(db, { myName: 'Ms. Diaz' });
    await saveSettings(db, { schoolDay: { weekdays: [1, 2, 3, 4], start: 480, end: 900 } });
    const settings = await getSettings(db);
    expect(settings.lastBackupAt).toBe('2026-11-20T15:00:00.000Z');
    expect(settings.myName).toBe('Ms. Diaz');
    expect(settings.schoolDay.weekdays).toEqual([1, 2, 3, 4]);
  });

  it('has no backup date until one is made', async () => {
    const db = freshDatabase();
    await saveSettings(db, { myName: 'Ms. Diaz' });
    expect((await getSettings(db)).lastBackupAt).toBeUndefined();
  });
});
