import * as z from 'zod/mini';
import { LostOccurrence, PlanningBlock } from '../schema/calendar';
import { Timestamp } from '../schema/common';
import { Note } from '../schema/note';
import { Person } from '../schema/person';
import { LessonPlan } from '../schema/plan';
import { Settings } from '../schema/settings';

// The backup file: one JSON document holding every record, table by table (issue 4). The record shapes are
// the stored records' own schemas (.github/CONTRIBUTING.md rule 5), so a backup can never hold something the database
// could not, and the same file merges record by record into a partner's Tandem.

export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_VERSION = 1;
/**
 * Refused before reading: a real backup of years of notes is a few MB, and parsing 50 MB would freeze the
 * page. High enough that Tandem's own export of 100 000 notes and 10 000 plans (44 MB, measured by
 * `npm run bench`) imports again.
 */
export const MAX_BACKUP_BYTES = 48 * 1024 * 1024;
/** Per table; far above any real classroom (10 notes a school day for 50 years is 90 000). */
export const MAX_RECORDS_PER_TABLE = 250_000;

/** In the order they are validated, written and shown. */
export const TABLES = ['people', 'plans', 'notes', 'blocks', 'lost', 'settings'] as const;
export type TableName = (typeof TABLES)[number];

/** The schema of one record of each table. */
export const RECORD_SCHEMAS = {
  people: Person,
  plans: LessonPlan,
  notes: Note,
  blocks: PlanningBlock,
  lost: LostOccurrence,
  settings: Settings,
} as const;

/** A table of the file: at most MAX_RECORDS_PER_TABLE records, as parseBackup enforces. */
const table = <T extends z.ZodMiniType>(record: T) => z.array(record).check(z.maxLength(MAX_RECORDS_PER_TABLE));

export const BackupRecords = z.object({
  people: table(Person),
  plans: table(LessonPlan),
  notes: table(Note),
  blocks: table(PlanningBlock),
  lost: table(LostOccurrence),
  settings: table(Settings),
});
export type BackupData = z.infer<typeof BackupRecords>;

/**
 * The whole file. parseBackup (utils/backup/parse.ts) checks it piece by piece with these same schemas, to
 * name the exact place of a problem and stay responsive on large files; this schema is the reference.
 */
export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  records: BackupRecords,
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** The top-level keys a version 1 file has; anything else is refused. */
export const FILE_KEYS = ['format', 'version', 'exportedAt', 'records'] as const;

export function emptyData(): BackupData {
  return { people: [], plans: [], notes: [], blocks: [], lost: [], settings: [] };
}

export function countRecords(data: BackupData): Record<TableName, number> {
  return {
    people: data.people.length,
    plans: data.plans.length,
    notes: data.notes.length,
    blocks: data.blocks.length,
    lost: data.lost.length,
    settings: data.settings.length,
  };
}

export function totalRecords(data: BackupData): number {
  return TABLES.reduce((sum, table) => sum + data[table].length, 0);
}
