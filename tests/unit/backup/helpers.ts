import { expect } from 'vitest';
import { readAll } from '../../../utils/backup/export';
import { type BackupData, TABLES } from '../../../utils/backup/format';
import type { TandemDatabase } from '../../../utils/db/database';
import { noteRow } from '../../../utils/db/note-rows';

/** Writes records straight into the tables (not through the import under test). */
export async function seed(db: TandemDatabase, data: BackupData): Promise<void> {
  await db.transaction(
    'rw',
    [db.people, db.plans, db.classMeetings, db.templates, db.notes, db.blocks, db.lost, db.settings],
    async () => {
      await db.people.bulkPut(data.people);
      await db.plans.bulkPut(data.plans);
      await db.classMeetings.bulkPut(data.classMeetings);
      await db.templates.bulkPut(data.templates);
      await db.notes.bulkPut(data.notes.map(noteRow));
      await db.blocks.bulkPut(data.blocks);
      await db.lost.bulkPut(data.lost);
      await db.settings.bulkPut(data.settings);
    },
  );
}

/** Every table sorted by id, so two datasets compare whatever order IndexedDB returned them in. */
export function sortedById(data: BackupData): BackupData {
  const sorted = {} as Record<string, unknown[]>;
  for (const table of TABLES) {
    sorted[table] = [...data[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return sorted as unknown as BackupData;
}

/** Everything in the database, snapshots included, to show that nothing at all changed. */
export async function everything(db: TandemDatabase) {
  return { data: sortedById(await readAll(db)), snapshots: await db.snapshots.toArray() };
}

export async function expectUnchanged(db: TandemDatabase, before: Awaited<ReturnType<typeof everything>>) {
  expect(await everything(db)).toEqual(before);
}
