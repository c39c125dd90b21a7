import type { NoteRow } from '../db/note-rows';
import { searchWords } from '../db/note-rows';
import type { NoteKind } from '../schema/vocabulary';

// What the popup asks for when it lists notes, and the pure rules for whether a stored note answers it.
// The database module (utils/db/notes.ts) picks an index to walk; whatever the index does not narrow is
// checked here, so every path through the database applies exactly the same rules.

/** A position in the newest-first order: the last note of the previous page. */
export interface NoteCursor {
  createdAt: string;
  id: string;
}

export interface NoteQuery {
  kind?: NoteKind;
  personId?: string;
  /** `courseId:itemId` of a lesson or `courseId` of a class (utils/db/note-rows.ts linkKey). */
  lessonKey?: string;
  /** Search text: every word must start some word of the note (case and accents ignored). */
  text?: string;
  /** Default true; false hides notes ticked done. */
  includeDone?: boolean;
  /** Page size, default DEFAULT_PAGE. */
  limit?: number;
  /** Only notes after this one in newest-first order (keyset paging). */
  before?: NoteCursor;
}

export const DEFAULT_PAGE = 50;
/** A page larger than this is a mistake (the popup asks for 50): it would defeat paging. */
export const MAX_PAGE = 500;

/** A query with defaults applied and the search text reduced to words, as the database walks it. */
export interface PreparedQuery {
  kind: NoteKind | undefined;
  personId: string | undefined;
  lessonKey: string | undefined;
  words: string[];
  includeDone: boolean;
  limit: number;
  before: NoteCursor | undefined;
}

export function prepareQuery(query: NoteQuery): PreparedQuery {
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE)));
  return {
    kind: query.kind,
    personId: query.personId || undefined,
    lessonKey: query.lessonKey || undefined,
    words: query.text ? searchWords(query.text) : [],
    includeDone: query.includeDone ?? true,
    limit,
    before: query.before,
  };
}

/** Whether `row` comes after `cursor` in newest-first order (ties on createdAt broken by id, as indexes do). */
export function isAfterCursor(row: Pick<NoteRow, 'createdAt' | 'id'>, cursor: NoteCursor | undefined): boolean {
  if (!cursor) return true;
  return row.createdAt < cursor.createdAt || (row.createdAt === cursor.createdAt && row.id < cursor.id);
}

/** Every search word starts at least one word of the note. */
export function hasWords(row: Pick<NoteRow, 'words'>, words: readonly string[]): boolean {
  return words.every((word) => row.words.some((own) => own.startsWith(word)));
}

/** The full test, independent of the index used to find candidates. */
export function rowMatches(row: NoteRow, query: PreparedQuery): boolean {
  return (
    (query.kind === undefined || row.kind === query.kind) &&
    (query.personId === undefined || row.personId === query.personId) &&
    (query.lessonKey === undefined || row.lessonKey === query.lessonKey) &&
    (query.includeDone || !row.done) &&
    isAfterCursor(row, query.before) &&
    hasWords(row, query.words)
  );
}

/** Newest first; equal times by id descending, the order IndexedDB walks an index backwards in. */
export function newestFirst(a: Pick<NoteRow, 'createdAt' | 'id'>, b: Pick<NoteRow, 'createdAt' | 'id'>): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
