import { planId } from '../lesson-plan/defaults';
import { Timestamp } from '../schema/common';
import type { LessonPlan } from '../schema/plan';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  countRecords,
  emptyData,
  FILE_KEYS,
  MAX_BACKUP_BYTES,
  MAX_RECORDS_PER_TABLE,
  PartnerScope,
  READABLE_VERSIONS,
  TABLES,
  type TableName,
} from './format';
import { endsEarly } from './json-prefix';
import type { ImportProblem } from './problem';
import { checkRecord } from './records';
import { utf8ByteLength } from './size';
import { tablesAddedAfter, upgradeRecord } from './upgrade';

export { describeProblem } from './describe';
export type { FieldReason, ImportProblem, ImportProblemCode } from './problem';

// Reading a backup file someone chose to import: all or nothing (.github/CONTRIBUTING.md habit 10, Dark Reader's
// habit). The file is checked completely before anything is written, and the first problem is reported with its place.

export type ParseResult =
  | { ok: true; file: BackupFile; counts: Record<TableName, number> }
  | { ok: false; problem: ImportProblem };

export interface ParseOptions {
  /** Called after each batch of records is checked: records done, records in the file. */
  onProgress?: (done: number, total: number) => void;
}

/** Records checked between two pauses that let the page paint and answer clicks. */
const BATCH = 1000;

export async function parseBackup(input: string | Blob, options: ParseOptions = {}): Promise<ParseResult> {
  // The size first: a huge file is refused without being read into memory or parsed.
  const size = typeof input === 'string' ? utf8ByteLength(input) : input.size;
  if (size > MAX_BACKUP_BYTES) return fail({ code: 'too-large', size, limit: MAX_BACKUP_BYTES });
  const text = stripByteOrderMark(typeof input === 'string' ? input : await input.text());
  if (text.trim() === '') return fail({ code: 'empty' });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail({ code: endsEarly(text) ? 'truncated' : 'not-json', detail: String(error) });
  }

  const envelope = checkEnvelope(json);
  if (!envelope.ok) return envelope;
  const { tables, exportedAt, version, scope } = envelope;

  const total = TABLES.reduce((sum, table) => sum + tables[table].length, 0);
  const records = emptyData();
  let done = 0;
  for (const table of TABLES) {
    const firstIndexById = new Map<string, number>();
    const list = tables[table];
    for (let index = 0; index < list.length; index++) {
      const checked = checkRecord(table, index, upgradeRecord(version, table, list[index]));
      if (!checked.ok) return fail(checked.problem);
      const record = checked.record as { id: string };
      if (table === 'plans') {
        const mismatch = planOfAnotherLesson(record as LessonPlan);
        if (mismatch !== null) return fail({ code: 'plan-not-its-lesson', table, index, field: 'id', ...mismatch });
      }
      const firstIndex = firstIndexById.get(record.id);
      if (firstIndex !== undefined) return fail({ code: 'duplicate-id', table, index, firstIndex, detail: record.id });
      firstIndexById.set(record.id, index);
      (records[table] as unknown[]).push(record);
      done++;
      if (done % BATCH === 0) {
        options.onProgress?.(done, total);
        await nextMacrotask();
      }
    }
  }
  options.onProgress?.(done, total);
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    ...(scope ? { scope } : {}),
    records,
  };
  return { ok: true, file, counts: countRecords(records) };
}

type Envelope =
  | {
      ok: true;
      exportedAt: string;
      version: number;
      scope: PartnerScope | undefined;
      tables: Record<TableName, unknown[]>;
    }
  | { ok: false; problem: ImportProblem };

/** Everything around the records: is this a Tandem backup, of a version this Tandem reads, with every table? */
function checkEnvelope(json: unknown): Envelope {
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return fail({ code: 'not-tandem' });
  const version = json.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return fail({ code: 'newer-version', found: version });
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    const reason = version === undefined ? 'missing' : 'not-allowed';
    return fail({ code: 'bad-record', field: 'version', reason, detail: `version ${String(version)}` });
  }
  const extra = Object.keys(json).find((key) => !(FILE_KEYS as readonly string[]).includes(key));
  if (extra !== undefined) return fail({ code: 'unknown-field', field: extra });
  const exportedAt = Timestamp.safeParse(json.exportedAt);
  if (!exportedAt.success) {
    return fail({
      code: 'bad-record',
      field: 'exportedAt',
      reason: json.exportedAt === undefined ? 'missing' : 'bad-time',
    });
  }
  let scope: PartnerScope | undefined;
  if (json.scope !== undefined) {
    const checked = PartnerScope.safeParse(json.scope);
    if (!checked.success) {
      return fail({ code: 'bad-record', field: 'scope', reason: isObject(json.scope) ? 'not-allowed' : 'wrong-type' });
    }
    scope = checked.data;
  }
  const records = json.records;
  if (!isObject(records)) {
    return fail({ code: 'bad-record', field: 'records', reason: records === undefined ? 'missing' : 'wrong-type' });
  }
  const unknownTable = Object.keys(records).find((key) => !(TABLES as readonly string[]).includes(key));
  if (unknownTable !== undefined) return fail({ code: 'unknown-field', field: `records.${unknownTable}` });
  const tables = {} as Record<TableName, unknown[]>;
  const optional = tablesAddedAfter(version as number);
  for (const table of TABLES) {
    const list = records[table] === undefined && optional.includes(table) ? [] : records[table];
    if (!Array.isArray(list)) {
      return fail({ code: 'bad-record', table, field: table, reason: list === undefined ? 'missing' : 'wrong-type' });
    }
    if (list.length > MAX_RECORDS_PER_TABLE) {
      return fail({ code: 'too-many', table, found: list.length, limit: MAX_RECORDS_PER_TABLE });
    }
    tables[table] = list;
  }
  return { ok: true, exportedAt: exportedAt.data, version: version as number, scope, tables };
}

/**
 * A plan's id is derived from its lesson (utils/lesson-plan/defaults.ts, planId), which is how Tandem finds the
 * plan of a lesson and how a merge lines up the same lesson's plans. A plan whose id names another lesson
 * would be stored beside the lesson's real plan, and the panel would show one of the two (issue 11): refused.
 * Two plans of one lesson then share an id, which the duplicate check refuses.
 */
function planOfAnotherLesson(plan: LessonPlan): { recordId: string; expectedId: string } | null {
  const expectedId = planId(plan.lesson.courseId, plan.lesson.itemId);
  return plan.id === expectedId ? null : { recordId: plan.id, expectedId };
}

/** Editors on Windows may start a UTF-8 file with a byte order mark, which JSON.parse refuses. */
function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A pause the browser can use to paint and handle input (a microtask would not let it). */
function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function fail(problem: ImportProblem): { ok: false; problem: ImportProblem } {
  return { ok: false, problem };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
