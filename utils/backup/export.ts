import type { TandemDatabase } from '../db/database';
import { noteFromRow } from '../db/note-rows';
import { getSettings } from '../db/settings';
import { localDate } from '../planning-time/dates';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupData,
  type BackupFile,
  countRecords,
  type PartnerScope,
  type TableName,
} from './format';

// The full backup: every record of every table, as the schemas define them (notes without their derived
// search fields), in one JSON file the teacher keeps or hands to a partner.

/** The options page reminds the teacher to back up when the last backup is older than this. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every record, table by table. Inside a transaction it reads that transaction's view. */
export async function readAll(db: TandemDatabase): Promise<BackupData> {
  const [people, plans, classMeetings, templates, noteRows, blocks, lost, settings] = await Promise.all([
    db.people.toArray(),
    db.plans.toArray(),
    db.classMeetings.toArray(),
    db.templates.toArray(),
    db.notes.toArray(),
    db.blocks.toArray(),
    db.lost.toArray(),
    db.settings.toArray(),
  ]);
  return { people, plans, classMeetings, templates, notes: noteRows.map(noteFromRow), blocks, lost, settings };
}

/** Records per table, without reading them: for the backup reminder (is there anything to lose?) and confirmations. */
export async function recordCounts(db: TandemDatabase): Promise<Record<TableName, number>> {
  const [people, plans, classMeetings, templates, notes, blocks, lost, settings] = await Promise.all(
    [db.people, db.plans, db.classMeetings, db.templates, db.notes, db.blocks, db.lost, db.settings].map((table) =>
      table.count(),
    ),
  );
  return { people, plans, classMeetings, templates, notes, blocks, lost, settings } as Record<TableName, number>;
}

/** The export file's text for `data`; snapshots store exactly this too. */
export function backupJson(data: BackupData, exportedAt: Date, scope?: PartnerScope): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...(scope ? { scope } : {}),
    records: data,
  };
  return recordPerLine(file);
}

/**
 * JSON with one record per line: a teacher or a helper opening the file in an editor can still find
 * "record 13 in notes", and the file is about a fifth smaller than indented JSON (100 000 notes must stay
 * under the import limit, MAX_BACKUP_BYTES).
 */
function recordPerLine(file: BackupFile): string {
  const tables = Object.entries(file.records).map(([table, records]) => {
    const lines = (records as unknown[]).map((record) => JSON.stringify(record));
    return `${JSON.stringify(table)}: [${lines.length ? `\n${lines.join(',\n')}\n` : ''}]`;
  });
  const head = {
    format: file.format,
    version: file.version,
    exportedAt: file.exportedAt,
    ...(file.scope ? { scope: file.scope } : {}),
  };
  return `${JSON.stringify(head).slice(0, -1)},\n"records": {\n${tables.join(',\n')}\n}}\n`;
}

/** The backup file's text, its name, and what it holds. Does not mark the backup as made (see markBackedUp). */
export async function exportBackup(
  db: TandemDatabase,
  now = new Date(),
): Promise<{ json: string; fileName: string; counts: Record<TableName, number> }> {
  // One read transaction: a note saved in the popup meanwhile is either wholly in the file or not at all.
  const data = await db.transaction(
    'r',
    [db.people, db.plans, db.classMeetings, db.templates, db.notes, db.blocks, db.lost, db.settings],
    () => readAll(db),
  );
  return { json: backupJson(data, now), fileName: `tandem-backup-${localDate(now)}.json`, counts: countRecords(data) };
}

/**
 * Remembers when the teacher last saved a backup. Called by the page once the download started, not by
 * exportBackup, which may be used for other purposes (a snapshot). Bookkeeping, not an edit: `updatedAt`
 * stays, so a merge still judges the settings by when the teacher last changed them.
 */
export async function markBackedUp(db: TandemDatabase, at: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = await getSettings(db);
    await db.settings.put({ ...settings, lastBackupAt: at });
  });
}

/**
 * Whether to remind the teacher: there is something to lose, and no backup or one older than `reminderDays` (14, or
 * what the school set: utils/school-policy/apply.ts).
 */
export function backupIsDue(
  lastBackupAt: string | undefined,
  now: Date,
  hasData: boolean,
  reminderDays = BACKUP_REMINDER_DAYS,
): boolean {
  if (!hasData) return false;
  if (lastBackupAt === undefined) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last > reminderDays * DAY_MS;
}
