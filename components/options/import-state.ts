import type { BackupFile } from '../../utils/backup/format';
import type { ImportMode } from '../../utils/backup/import';
import type { ImportPreview } from '../../utils/backup/merge';

// The steps of importing a backup, one at a time: nothing is written before the teacher has seen the
// preview and pressed Merge or confirmed Replace.

export type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; done: number; total: number }
  | { step: 'problem'; fileName: string; message: string }
  | { step: 'preview'; fileName: string; file: BackupFile; merge: ImportPreview; confirmReplace: boolean }
  | { step: 'writing'; fileName: string; mode: ImportMode; done: number; total: number }
  | { step: 'done'; fileName: string; mode: ImportMode; preview: ImportPreview; snapshotId?: string }
  | { step: 'failed'; fileName: string; message: string };

/** A table's merge counts summed over every table. */
export function totals(preview: ImportPreview): { added: number; updated: number; kept: number; unchanged: number } {
  const sum = { added: 0, updated: 0, kept: 0, unchanged: 0 };
  for (const counts of Object.values(preview.tables)) {
    sum.added += counts.added;
    sum.updated += counts.updated;
    sum.kept += counts.kept;
    sum.unchanged += counts.unchanged;
  }
  return sum;
}
