import * as z from 'zod/mini';
import { LostOccurrence, PlanningBlock } from '../schema/calendar';
import { ClassMeetings } from '../schema/class-meetings';
import { Name, RecordId, ShortText, Timestamp } from '../schema/common';
import { Note } from '../schema/note';
import { Person } from '../schema/person';
import { LessonPlan } from '../schema/plan';
import { PlanTemplate } from '../schema/plan-template';
import { Settings } from '../schema/settings';

// The backup file: one JSON document holding every record, table by table (issue 4). The record shapes are
// the stored records' own schemas (.github/CONTRIBUTING.md rule 5), so a backup can never hold something the database
// could not, and the same file merges record by record into a partner's Tandem.

export const BACKUP_FORMAT = 'tandem-backup';
/**
 * 2 (issue 13): a `classMeetings` table, plans' `taughtOn` and `sharedBy`, people's `cardLanguage`, and an
 * optional `scope` (a partner file). Version 1 files still import: utils/backup/upgrade.ts brings their records
 * to version 2 before they are checked.
 */
/**
 * 3 (issue 14): a `templates` table (the teacher's plan templates). Version 1 and 2 files, which have none,
 * still import (utils/backup/upgrade.ts).
 */
/**
 * 4 (issue 15): plans may hold `coverage` ("Partner pulled for coverage", minutes per adult). Nothing else
 * changed and nothing needs filling in (absent means none), so a version 3 file reads as it is; the number
 * changed so that a Tandem from before it says "made by a newer Tandem" instead of refusing an unknown field.
 */
export const BACKUP_VERSION = 4;
/** The versions this Tandem reads. */
export const READABLE_VERSIONS = [1, 2, 3, 4] as const;
/**
 * Refused before reading: a real backup of years of notes is a few MB, and parsing 50 MB would freeze the
 * page. High enough that Tandem's own export of 100 000 notes and 10 000 plans (44 MB, measured by
 * `npm run bench`) imports again.
 */
export const MAX_BACKUP_BYTES = 48 * 1024 * 1024;
/** Per table; far above any real classroom (10 notes a school day for 50 years is 90 000). */
export const MAX_RECORDS_PER_TABLE = 250_000;

/** In the order they are validated, written and shown. */
export const TABLES = ['people', 'plans', 'classMeetings', 'templates', 'notes', 'blocks', 'lost', 'settings'] as const;
export type TableName = (typeof TABLES)[number];

/** The schema of one record of each table. */
export const RECORD_SCHEMAS = {
  people: Person,
  plans: LessonPlan,
  classMeetings: ClassMeetings,
  templates: PlanTemplate,
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
  classMeetings: table(ClassMeetings),
  templates: table(PlanTemplate),
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
/**
 * A partner file (issue 13) is a backup with a declared scope: only the lessons and classes one adult works
 * in, the people in them, and the notes of those lessons if the teacher chose so. Its plans arrive marked
 * "Shared by <sharedBy>" in the receiver's Tandem.
 */
export const PartnerScope = z.strictObject({
  kind: z.literal('partner'),
  /** The adult the file was made for, as the sender knows them. */
  personId: RecordId,
  personName: Name,
  /** The sender's name, as their settings hold it. */
  sharedBy: ShortText,
  includesNotes: z.boolean(),
});
export type PartnerScope = z.infer<typeof PartnerScope>;

export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  /** Absent in a full backup. */
  scope: z.optional(PartnerScope),
  records: BackupRecords,
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** The top-level keys a file may have; anything else is refused. */
export const FILE_KEYS = ['format', 'version', 'exportedAt', 'scope', 'records'] as const;

export function emptyData(): BackupData {
  return { people: [], plans: [], classMeetings: [], templates: [], notes: [], blocks: [], lost: [], settings: [] };
}

export function countRecords(data: BackupData): Record<TableName, number> {
  return {
    people: data.people.length,
    plans: data.plans.length,
    classMeetings: data.classMeetings.length,
    templates: data.templates.length,
    notes: data.notes.length,
    blocks: data.blocks.length,
    lost: data.lost.length,
    settings: data.settings.length,
  };
}

export function totalRecords(data: BackupData): number {
  return TABLES.reduce((sum, table) => sum + data[table].length, 0);
}
