import type { TandemDatabase } from '../db/database';
import { readAll } from './export';
import type { BackupData, BackupFile } from './format';
import { type ImportPreview, mergeRecords, replacePreview } from './merge';
import { isPartnerFile, mergePartnerFile } from './partner-merge';
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
  refusePartnerReplace(file, mode);
  const existing = await db.transaction('r', allTables(db), () => readAll(db));
  return mode === 'merge' ? mergeWrites(existing, file).preview : replacePreview(existing, file.records);
}

/** A partner file merges by its own rules (partner-merge.ts); any other file by the plain ones. */
function mergeWrites(existing: BackupData, file: BackupFile) {
  return isPartnerFile(file) ? mergePartnerFile(existing, file) : mergeRecords(existing, file.records);
}

/**
 * A partner file is a slice of someone else's data: replacing everything here with it would wipe the
 * receiver's own data. The page offers only Merge for one; this refuses a replace that asks anyway.
 */
function refusePartnerReplace(file: BackupFile, mode: ImportMode): void {
  if (mode === 'replace' && isPartnerFile(file)) throw new Error('A partner file can only be merged');
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
  refusePartnerReplace(file, mode);
  return db.transaction('rw', allTables(db), async () => {
    const existing = await readAll(db);
    if (mode === 'merge') {
      const { preview, writes } = mergeWrites(existing, file);
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
