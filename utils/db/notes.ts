import {
  type NoteCursor,
  type NoteQuery,
  newestFirst,
  type PreparedQuery,
  prepareQuery,
  rowMatches,
} from '../notes/query';
import { newId, nowIso } from '../schema/common';
import { NewNote, type Note, NoteUpdate } from '../schema/note';
import type { TandemDatabase } from './database';
import { linkKey, type NoteRow, noteFromRow, noteRow } from './note-rows';

// Quick notes: one small module of queries for the notes table. Everything returned is a plain `Note`
// (derived index fields stripped by noteFromRow). createdAt is an ISO timestamp (text), so ['', '\uffff']
// spans every time. Dexie is not imported as a value here: tests install fake-indexeddb before Dexie is
// first imported, and the message handler imports this file.

export type { NoteCursor, NoteQuery } from '../notes/query';

/**
 * A search whose longest word starts at most this many index entries is answered from those candidates.
 * Measured in Chromium with 100 000 notes: reading candidates one by one costs about 30 µs each, walking
 * the date index about 10 µs a note, so a rare word is best fetched by key and a common one found by
 * walking (it turns up within the first few hundred notes). Around 1% of notes the two cost the same.
 */
const SEARCH_CANDIDATES = 1000;
/** Largest batch read at once while walking an index with a filter. */
const MAX_CHUNK = 2000;

export async function addNote(db: TandemDatabase, input: NewNote): Promise<Note> {
  const valid = NewNote.parse(input);
  const now = nowIso();
  const note: Note = {
    id: newId('note'),
    text: valid.text,
    kind: valid.kind,
    ...(valid.personId ? { personId: valid.personId } : {}),
    ...(valid.link ? { link: valid.link } : {}),
    done: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(noteRow(note));
  return note;
}

/** A timestamp after `previous`, even when the clock has not moved since (merges trust newer updatedAt). */
function laterThan(previous: string): string {
  const now = nowIso();
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}

/** Changes a note; `null` removes its person or link. Null when the note is gone (deleted in another window). */
export async function updateNote(db: TandemDatabase, update: NoteUpdate): Promise<Note | null> {
  const valid = NoteUpdate.parse(update);
  return db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(valid.id);
    if (!row) return null;
    const next: Note = { ...noteFromRow(row), updatedAt: laterThan(row.updatedAt) };
    if (valid.text !== undefined) next.text = valid.text;
    if (valid.kind !== undefined) next.kind = valid.kind;
    if (valid.done !== undefined) next.done = valid.done;
    if (valid.personId === null) delete next.personId;
    else if (valid.personId !== undefined) next.personId = valid.personId;
    if (valid.link === null) delete next.link;
    else if (valid.link !== undefined) next.link = valid.link;
    await db.notes.put(noteRow(next));
    return next;
  });
}

/** Deletes a note and returns it, so the popup can offer Undo (restoreNote). Null when it was already gone. */
export async function deleteNote(db: TandemDatabase, id: string): Promise<Note | null> {
  return db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(id);
    if (!row) return null;
    await db.notes.delete(id);
    return noteFromRow(row);
  });
}

/** Puts a deleted note back exactly as it was: same id, same times. */
export async function restoreNote(db: TandemDatabase, note: Note): Promise<void> {
  await db.notes.put(noteRow(note));
}

/** A lesson's notes, newest first (shown in its Classroom panel). */
export async function listNotesForLesson(db: TandemDatabase, courseId: string, itemId: string): Promise<Note[]> {
  const key = linkKey({ courseId, itemId });
  const rows = await db.notes
    .where('[lessonKey+createdAt]')
    .between([key, ''], [key, '\uffff'])
    .reverse()
    .limit(200)
    .toArray();
  return rows.map(noteFromRow);
}

/**
 * A page of notes, newest first. `more` says whether another page follows (pass the last note as
 * `before` to get it). Reads only about a page from the database whatever its size: it walks the
 * narrowest index newest first and stops once the page is full; a search starts from the multi-entry
 * `words` index when the longest search word is rare enough.
 */
export async function listNotes(db: TandemDatabase, query: NoteQuery): Promise<{ notes: Note[]; more: boolean }> {
  const prepared = prepareQuery(query);
  const want = prepared.limit + 1;
  const rows = (await searchCandidates(db, prepared, want)) ?? (await walkNewestFirst(db, prepared, want));
  return { notes: rows.slice(0, prepared.limit).map(noteFromRow), more: rows.length > prepared.limit };
}

/**
 * The matching rows, newest first, found through the words index; undefined when the longest search word
 * starts too many entries for that to beat walking by date (a one-letter search in a large collection).
 */
async function searchCandidates(
  db: TandemDatabase,
  query: PreparedQuery,
  want: number,
): Promise<NoteRow[] | undefined> {
  if (query.words.length === 0) return undefined;
  const longest = query.words.reduce((a, b) => (b.length > a.length ? b : a));
  // A note with several words starting `longest` ("eleve", "eleves") has several entries: limit counts entries.
  const keys = await db.notes
    .where('words')
    .startsWith(longest)
    .limit(SEARCH_CANDIDATES + 1)
    .primaryKeys();
  if (keys.length > SEARCH_CANDIDATES) return undefined;
  const rows = await db.notes.bulkGet([...new Set(keys)]);
  return rows
    .filter((row): row is NoteRow => row !== undefined && rowMatches(row, query))
    .sort(newestFirst)
    .slice(0, want);
}

/** An index that lists notes by createdAt, possibly within one kind, person or lesson. */
interface DateIndex {
  name: string;
  key: (createdAt: string) => string | [string, string];
}

/** The narrowest index for the query: a lesson has fewer notes than a person, a person fewer than a kind. */
function dateIndexFor(query: PreparedQuery): DateIndex {
  const within = (name: string, value: string): DateIndex => ({ name, key: (createdAt) => [value, createdAt] });
  if (query.lessonKey) return within('[lessonKey+createdAt]', query.lessonKey);
  if (query.personId) return within('[personId+createdAt]', query.personId);
  if (query.kind) return within('[kind+createdAt]', query.kind);
  return { name: 'createdAt', key: (createdAt) => createdAt };
}

/** Whether the chosen index alone answers the query, so every row it yields belongs on the page. */
function indexAnswers(query: PreparedQuery): boolean {
  const narrowing = [query.lessonKey, query.personId, query.kind].filter((value) => value !== undefined).length;
  return narrowing <= 1 && query.includeDone && query.words.length === 0;
}

/**
 * Walks the query's date index newest first, in batches read with one request each (getAll), keeping the
 * rows that match, until `want` are found or the index ends. Keyset paging: the position is the last row
 * read; rows with exactly its createdAt and a smaller id come first (IndexedDB orders equal keys by primary
 * key), then everything strictly older.
 */
async function walkNewestFirst(db: TandemDatabase, query: PreparedQuery, want: number): Promise<NoteRow[]> {
  const index = dateIndexFor(query);
  // A filtered walk keeps only some rows: read a few pages' worth at once rather than many small batches.
  let chunk = indexAnswers(query) ? want : Math.max(want * 4, 200);
  let position: NoteCursor | undefined = query.before;
  const found: NoteRow[] = [];
  for (;;) {
    const batch: NoteRow[] = [];
    if (position) {
      const from = position;
      const sameTime = await db.notes.where(index.name).equals(index.key(from.createdAt)).toArray();
      batch.push(...sameTime.filter((row) => row.id < from.id).sort(newestFirst));
    }
    const older = await db.notes
      .where(index.name)
      .between(index.key(''), index.key(position?.createdAt ?? '\uffff'), true, position === undefined)
      .reverse()
      .limit(chunk)
      .toArray();
    batch.push(...older);
    for (const row of batch) if (rowMatches(row, query)) found.push(row);
    const last = older.at(-1);
    if (found.length >= want || older.length < chunk || !last) return found.slice(0, want);
    position = { createdAt: last.createdAt, id: last.id };
    chunk = Math.min(chunk * 2, MAX_CHUNK);
  }
}

/** Agenda items and follow-ups not yet ticked done, oldest first: what the next planning meeting should cover. */
export async function openAgendaNotes(db: TandemDatabase): Promise<Note[]> {
  // The sparse `openAgenda` index holds only open agenda items and follow-ups (note-rows.ts), oldest first:
  // done notes and other kinds are never read, however many years of notes there are.
  const rows = await db.notes.orderBy('openAgenda').toArray();
  return rows.map(noteFromRow);
}

/**
 * The first and the next month's first instant of a 'YYYY-MM' month, as ISO timestamps. The month is the
 * teacher's own (local time): a thank-you written on 30 November at 11 pm in New York is stored as
 * 1 December in UTC, but belongs in November's message.
 */
export function monthRange(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return {
    from: new Date(year, monthIndex, 1).toISOString(),
    to: new Date(year, monthIndex + 1, 1).toISOString(),
  };
}

/**
 * A person's Thank-you notes written in a month, oldest first, through the [personId+createdAt] index (the
 * person's notes of that month only, never a scan of every note). Other kinds are left out.
 */
export async function thankYouNotes(db: TandemDatabase, personId: string, month: string): Promise<Note[]> {
  const { from, to } = monthRange(month);
  const rows = await db.notes
    .where('[personId+createdAt]')
    .between([personId, from], [personId, to], true, false)
    .filter((row) => row.kind === 'thank-you')
    .toArray();
  return rows.map(noteFromRow);
}
