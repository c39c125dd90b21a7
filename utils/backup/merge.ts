// Importing backups, merging them, and undoing a replace: one place to import from (the options page).
// The pieces live in their own files: plan-merge.ts (the pure merge rules), import.ts (the transaction),
// snapshots.ts (snapshots, restore, delete all), write.ts (chunked writes).

export { type ImportMode, type ImportOptions, importBackup, previewImport } from './import';
export { type Conflict, type ImportPreview, planMerge, replacePreview, type TableCounts } from './plan-merge';
export { deleteAllData, listSnapshots, MAX_SNAPSHOTS, restoreSnapshot, type SnapshotInfo } from './snapshots';
