import '../db/test-db';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_REMINDER_DAYS,
  backupIsDue,
  exportBackup,
  markBackedUp,
  recordCounts,
} from '../../../utils/backup/export';
import { getSettings, saveSettings } from '../../../utils/db/settings';
import { freshDatabase } from '../db/test-db';
import { seed } from './helpers';
import { sampleData } from './sample';

const DAY = 24 * 60 * 60 * 1000;

describe('exportBackup', () => {
  it('writes the format, version, time and every record, named by the local date', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const now = new Date(2025, 9, 3, 23, 59);
    const { json, fileName, counts } = await exportBackup(db, now);
    expect(fileName).toBe('tandem-backup-2025-10-03.json');
    expect(counts).toEqual({
      people: 2,
      plans: 1,
      classMeetings: 1,
      templates: 1,
      notes: 3,
      blocks: 1,
      lost: 1,
      settings: 1,
    });
    const file = JSON.parse(json);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'records']);
    expect(file).toMatchObject({ format: 'tandem-backup', version: 4, exportedAt: now.toISOString() });
    expect(Object.keys(file.records)).toEqual([
      'people',
      'plans',
      'classMeetings',
      'templates',
      'notes',
      'blocks',
      'lost',
      'settings',
    ]);
    // Notes leave without their search-index fields.
    expect(Object.keys(file.records.notes[0]).sort()).toEqual([
      'createdAt',
      'done',
      'id',
      'kind',
      'link',
      'personId',
      'text',
      'updatedAt',
    ]);
    expect((await getSettings(db)).lastBackupAt).toBeUndefined();
    expect(await recordCounts(db)).toEqual(counts);
  });

  it('writes one record per line, so "record 2 in notes" can be found in an editor, and no indentation', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const { json } = await exportBackup(db);
    const file = JSON.parse(json);
    const lines = json.split('\n');
    for (const table of Object.keys(file.records)) {
      for (const record of file.records[table]) {
        const line = JSON.stringify(record);
        expect(lines.includes(line) || lines.includes(`${line},`), `${table} ${record.id}`).toBe(true);
      }
    }
    expect(lines.filter((line) => line.startsWith(' '))).toEqual([]);
    // Far smaller than indented JSON: 100 000 notes must stay under the import limit.
    expect(json.length).toBeLessThan(JSON.stringify(file, null, 1).length * 0.9);
  });
});

describe('markBackedUp', () => {
  it('creates the settings record from the defaults when there is none', async () => {
    const db = freshDatabase();
    const defaults = await getSettings(db);
    await markBackedUp(db, '2025-10-03T12:00:00.000Z');
    expect(await db.settings.get('settings')).toEqual({ ...defaults, lastBackupAt: '2025-10-03T12:00:00.000Z' });
  });

  it('keeps the other settings, and their edit time', async () => {
    const db = freshDatabase();
    const saved = await saveSettings(db, { myName: 'Ms. Diaz' });
    await markBackedUp(db, '2025-10-03T12:00:00.000Z');
    expect(await getSettings(db)).toEqual({ ...saved, lastBackupAt: '2025-10-03T12:00:00.000Z' });
  });
});

describe('backupIsDue', () => {
  const now = new Date('2025-10-15T12:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('never reminds when there is nothing to lose', () => {
    expect(backupIsDue(undefined, now, false)).toBe(false);
    expect(backupIsDue(ago(100 * DAY), now, false)).toBe(false);
  });

  it(`reminds when there was never a backup, or the last is older than ${BACKUP_REMINDER_DAYS} days`, () => {
    expect(backupIsDue(undefined, now, true)).toBe(true);
    expect(backupIsDue(ago(0), now, true)).toBe(false);
    expect(backupIsDue(ago(13 * DAY), now, true)).toBe(false);
    expect(backupIsDue(ago(14 * DAY), now, true)).toBe(false);
    expect(backupIsDue(ago(14 * DAY + 1), now, true)).toBe(true);
    expect(backupIsDue(ago(40 * DAY), now, true)).toBe(true);
    expect(backupIsDue('not a date', now, true)).toBe(true);
  });
});
