import type { TandemDatabase } from '../db/database';
import { readAll } from './export';
import type { BackupFile } from './format';
import { type ImportPreview, mergeRecords, replacePreview } from './merge';
import { takeSnapshot } from './snapshots';
import { allTables, clearData, writeRecords } from './write';

// Importing a checked backup file (utils/backup/parse.ts): merge it into the data here, or replace the data
// with it. All in ONE transaction over every table: if any write fails, IndexedDB rolls everything back
// and the teacher's data is exactly as it was.

export type ImportMode = 'merge' | 'replace';

export interface ImportOptions {
  /** Called after each chunk written: records written, records to write. */
  onProgress?: (done: number, total: number) => void;
}

/** What an import would do, for the teacher to confirm. */
export async function previewImport(db: TandemDatabase, file: BackupFile, mode: ImportMode): Promise<ImportPreview> {
  const existing = await db.transaction('r', allTables(db), () => readAll(db));
  return mode === 'merge' ? mergeRecords(existing, file.records).preview : replacePreview(existing, file.records);
}

/**
 * Merge: writes the records the file adds or holds newer (mergeRecords). Replace: stores a snapshot of the
 * current data (restorable, see snapshots.ts), clears every table and writes the file. The preview is
 * computed again inside the transaction, so it matches what was written even if data changed meanwhile.
 */
export async function importBackup(
  db: TandemDatabase,
  file: BackupFile,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<{ preview: ImportPreview; snapshotId?: string }> {
  return db.transaction('rw', allTables(db), async () => {
    const existing = await readAll(db);
    if (mode === 'merge') {
      const { preview, writes } = mergeRecords(existing, file.records);
      await writeRecords(db, writes, options.onProgress);
      return { preview };
    }
    const snapshotId = await takeSnapshot(db, existing, 'before-replace');
    await clearData(db);
    await writeRecords(db, file.records, options.onProgress);
    const preview = replacePreview(existing, file.records);
    return snapshotId === undefined ? { preview } : { preview, snapshotId };
  });
}
