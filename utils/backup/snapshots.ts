import type { TandemDatabase } from '../db/database';
import { newId } from '../schema/common';
import type { Snapshot } from '../schema/snapshot';
import { backupJson, readAll } from './export';
import { type BackupData, countRecords, totalRecords } from './format';
import { parseBackup } from './parse';
import { allTables, clearData, writeRecords } from './write';

// Snapshots: the whole data set, kept inside the database just before a replace (an import's Replace, or a
// restore), so it can be undone from the options page. Only the newest few are kept: each may be several megabytes.

export const MAX_SNAPSHOTS = 3;

export type SnapshotInfo = Omit<Snapshot, 'json'>;

/**
 * Stores `data` as a snapshot and drops the oldest beyond MAX_SNAPSHOTS. Runs inside the caller's
 * transaction. Returns undefined, storing nothing, when there is no data: an empty snapshot restores
 * nothing and would push out one that does.
 */
export async function takeSnapshot(
  db: TandemDatabase,
  data: BackupData,
  reason: Snapshot['reason'],
  now = new Date(),
): Promise<string | undefined> {
  if (totalRecords(data) === 0) return undefined;
  // Strictly after the newest one, even within the same millisecond, so "oldest" is never ambiguous.
  const newest = await db.snapshots.orderBy('createdAt').last();
  const at = newest && Date.parse(newest.createdAt) >= now.getTime() ? new Date(Date.parse(newest.createdAt) + 1) : now;
  const snapshot: Snapshot = {
    id: newId('snapshot'),
    createdAt: at.toISOString(),
    reason,
    counts: countRecords(data),
    json: backupJson(data, at),
  };
  await db.snapshots.add(snapshot);
  const newestFirst = await db.snapshots.orderBy('createdAt').reverse().primaryKeys();
  await db.snapshots.bulkDelete(newestFirst.slice(MAX_SNAPSHOTS));
  return snapshot.id;
}

/** Snapshots, newest first, without their (large) contents. */
export async function listSnapshots(db: TandemDatabase): Promise<SnapshotInfo[]> {
  const snapshots = await db.snapshots.orderBy('createdAt').reverse().toArray();
  return snapshots.map(({ json: _json, ...info }) => info);
}

/**
 * Replaces all data with the snapshot's, in one transaction. A restore replaces everything too, so the data
 * it replaces is kept as a snapshot first, as before an import's Replace: choosing the wrong snapshot, or
 * restoring one from weeks ago, can be undone. Returns that new snapshot's id (undefined when there was no data).
 */
export async function restoreSnapshot(db: TandemDatabase, id: string): Promise<string | undefined> {
  const snapshot = await db.snapshots.get(id);
  if (!snapshot) throw new Error(`No snapshot ${id}`);
  // Checked like any imported file (outside the transaction: checking pauses for the page between batches).
  const parsed = await parseBackup(snapshot.json);
  if (!parsed.ok) throw new Error(`Snapshot ${id} cannot be read: ${parsed.problem.code}`);
  return db.transaction('rw', allTables(db), async () => {
    const kept = await takeSnapshot(db, await readAll(db), 'before-replace');
    await clearData(db);
    await writeRecords(db, parsed.file.records);
    return kept;
  });
}

/** Everything, snapshots included, in one transaction: afterwards the database is empty. */
export async function deleteAllData(db: TandemDatabase): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    await Promise.all(allTables(db).map((table) => table.clear()));
  });
}
