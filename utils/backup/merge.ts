import { type BackupData, emptyData, TABLES, type TableName, totalRecords } from './format';

// Merging a backup into the data already here, record by record by id (.github/CONTRIBUTING.md rule 5): a partner's
// export adds their plans and people, and a record both sides have keeps the newer edit (except settings,
// which stay yours when you have them). Pure, so the
// preview the teacher confirms is exactly what importBackup then writes.

export interface TableCounts {
  /** In the file, not here: written. */
  added: number;
  /** Here and in the file, different, the file's edit newer: the file's is written. */
  updated: number;
  /** Here and in the file, different, ours as new or newer: ours stays. */
  kept: number;
  /** Here and in the file, identical. */
  unchanged: number;
}

export interface Conflict {
  table: TableName;
  id: string;
  /** What a teacher recognises the record by: a name, a lesson title, the start of a note. */
  label: string;
  winner: 'yours' | 'theirs';
  /** Why yours stays whatever the dates: 'own-copy' is a shared plan the teacher made their own (partner-merge.ts). */
  reason?: 'own-copy';
}

export interface ImportPreview {
  tables: Record<TableName, TableCounts>;
  conflicts: Conflict[];
  incomingTotal: number;
  existingTotal: number;
}

type AnyRecord = BackupData[TableName][number];

/** How a merge may differ from the plain one; a partner file's merge uses these (utils/backup/partner-merge.ts). */
export interface MergeRules {
  /** A record here that no incoming record replaces, whatever the dates, and why. */
  protect?: (table: TableName, mine: AnyRecord) => Conflict['reason'] | undefined;
  /** What is compared to tell "unchanged" (default: the whole record). */
  comparable?: (table: TableName, record: AnyRecord) => unknown;
}

const NOTE_LABEL_LENGTH = 60;

export function mergeRecords(
  existing: BackupData,
  incoming: BackupData,
  rules: MergeRules = {},
): { preview: ImportPreview; writes: BackupData } {
  const comparable = rules.comparable ?? ((_table: TableName, record: AnyRecord) => record);
  const writes = emptyData();
  const conflicts: Conflict[] = [];
  const tables = {} as Record<TableName, TableCounts>;
  const blockTitles = new Map([...incoming.blocks, ...existing.blocks].map((block) => [block.id, block.title]));
  for (const table of TABLES) {
    const counts: TableCounts = { added: 0, updated: 0, kept: 0, unchanged: 0 };
    const ours = new Map<string, AnyRecord>(existing[table].map((record) => [record.id, record]));
    for (const theirs of incoming[table] as AnyRecord[]) {
      const mine = ours.get(theirs.id);
      if (mine === undefined) {
        counts.added++;
        (writes[table] as AnyRecord[]).push(theirs);
      } else if (sameValue(comparable(table, mine), comparable(table, theirs))) {
        counts.unchanged++;
      } else if (rules.protect?.(table, mine)) {
        counts.kept++;
        const reason = rules.protect(table, mine);
        conflicts.push({ table, id: theirs.id, label: recordLabel(table, mine, blockTitles), winner: 'yours', reason });
      } else {
        // Settings are personal (your name in block titles, your school day): a partner's newer settings
        // must not replace yours when their plans are handed over. A fresh browser has none, so a teacher
        // merging their own backup there still gets theirs back (the `added` branch above).
        const theirsNewer = table !== 'settings' && Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt);
        if (theirsNewer) {
          counts.updated++;
          (writes[table] as AnyRecord[]).push(theirs);
        } else counts.kept++;
        const label = recordLabel(table, mine, blockTitles);
        conflicts.push({ table, id: theirs.id, label, winner: theirsNewer ? 'theirs' : 'yours' });
      }
    }
    tables[table] = counts;
  }
  const preview = { tables, conflicts, incomingTotal: totalRecords(incoming), existingTotal: totalRecords(existing) };
  return { preview, writes };
}

/** A replace: every record of the file is written, every record here goes. */
export function replacePreview(existing: BackupData, incoming: BackupData): ImportPreview {
  const tables = {} as Record<TableName, TableCounts>;
  for (const table of TABLES) tables[table] = { added: incoming[table].length, updated: 0, kept: 0, unchanged: 0 };
  return { tables, conflicts: [], incomingTotal: totalRecords(incoming), existingTotal: totalRecords(existing) };
}

/** The record as the teacher knows it, in its own words (nothing to translate). */
export function recordLabel(table: TableName, record: AnyRecord, blockTitles: ReadonlyMap<string, string>): string {
  const value = record as Record<string, unknown> & AnyRecord;
  switch (table) {
    case 'people':
      return String(value.name);
    case 'plans': {
      const lesson = value.lesson as { title: string; courseName: string };
      return lesson.title || lesson.courseName;
    }
    case 'classMeetings':
      return String(value.courseName);
    case 'templates':
      return String(value.name);
    case 'notes':
      return clip(String(value.text), NOTE_LABEL_LENGTH);
    case 'blocks':
      return String(value.title);
    case 'lost': {
      const title = blockTitles.get(String(value.blockId));
      return title ? `${title} · ${value.date}` : String(value.date);
    }
    case 'settings':
      return String(value.myName);
  }
}

/** Cuts after `length` characters as a reader counts them: an emoji with skin tone or ZWJ stays whole. */
function clip(text: string, length: number): string {
  const characters = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text));
  if (characters.length <= length) return text;
  return `${characters
    .slice(0, length)
    .map((part) => part.segment)
    .join('')}…`;
}

/** Deep equality of JSON-like values, whatever the order of object keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
  );
}
