import type { Table } from 'dexie';
import type { TandemDatabase } from '../db/database';
import { noteRow } from '../db/note-rows';
import { type BackupData, TABLES, type TableName, totalRecords } from './format';

// Writing records into the database, for imports and restores. These run inside the caller's transaction:
// they never start one, and never await anything but the database (a timer would let IndexedDB commit
// the transaction half-way).

/** Records per bulkPut: large enough to be fast, small enough that progress moves on a big import. */
export const WRITE_CHUNK = 2000;

/** Every table that holds the teacher's data, plus snapshots: the scope of an import's one transaction. */
export function allTables(db: TandemDatabase): Table[] {
  return [
    db.people,
    db.plans,
    db.classMeetings,
    db.templates,
    db.notes,
    db.blocks,
    db.lost,
    db.settings,
    db.snapshots,
    db.fieldTimes,
  ] as Table[];
}

export async function clearData(db: TandemDatabase): Promise<void> {
  // Edit times belong to the records they describe: records replaced by a backup start afresh.
  await Promise.all([...TABLES.map((table) => tableOf(db, table).clear()), db.fieldTimes.clear()]);
}

/** Puts every record of `data`, notes with their search fields, reporting records written so far. */
export async function writeRecords(
  db: TandemDatabase,
  data: BackupData,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const total = totalRecords(data);
  let done = 0;
  for (const table of TABLES) {
    const records: readonly object[] = data[table];
    for (let start = 0; start < records.length; start += WRITE_CHUNK) {
      const chunk = records.slice(start, start + WRITE_CHUNK);
      // Through db.notes / db.people…, not a saved reference, so a test can make one table's write fail.
      if (table === 'notes') await db.notes.bulkPut(data.notes.slice(start, start + WRITE_CHUNK).map(noteRow));
      else await tableOf(db, table).bulkPut(chunk);
      done += chunk.length;
      onProgress?.(done, total);
    }
  }
  if (total === 0) onProgress?.(0, 0);
}

function tableOf(db: TandemDatabase, table: TableName): Table<object, string> {
  return db[table] as unknown as Table<object, string>;
}
