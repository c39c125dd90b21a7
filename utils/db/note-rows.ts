import type { Note, NoteLink } from '../schema/note';

// How a note is stored: the note itself plus fields derived from it only for IndexedDB's indexes. They are
// recomputed on every write and stripped on every read, so exports, imports and the rest of the code only
// ever see `Note` (.github/CONTRIBUTING.md rule 5: the schema is the one source of truth).

export interface NoteRow extends Note {
  /** Lower-cased, accent-free words of the text, for the multi-entry `*words` index (search by prefix). */
  words: string[];
  /** `courseId:itemId` for a lesson, `courseId` for a class: the `[lessonKey+createdAt]` index. */
  lessonKey?: string;
  /**
   * The note's createdAt, only while it is an open agenda item or follow-up: the sparse `openAgenda` index
   * then lists exactly what the next planning agenda needs (IndexedDB cannot index the `done` boolean).
   */
  openAgenda?: string;
}

/** Kinds of note that feed the planning agenda until they are marked done. */
export const AGENDA_KINDS = ['agenda-item', 'follow-up'] as const;

/** Words longer than this are cut (a pasted URL must not bloat the index); at most MAX_WORDS per note. */
const MAX_WORD_LENGTH = 40;
const MAX_WORDS = 300;

/** The search form of a text: lower case, accents removed, split on anything that is not a letter or digit. */
export function searchWords(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

export function linkKey(link: Pick<NoteLink, 'courseId' | 'itemId'>): string {
  return link.itemId ? `${link.courseId}:${link.itemId}` : link.courseId;
}

export function noteRow(note: Note): NoteRow {
  return {
    ...note,
    words: searchWords(note.text),
    ...(note.link ? { lessonKey: linkKey(note.link) } : {}),
    ...(!note.done && (AGENDA_KINDS as readonly string[]).includes(note.kind) ? { openAgenda: note.createdAt } : {}),
  };
}

export function noteFromRow(row: NoteRow): Note {
  const { words: _words, lessonKey: _lessonKey, openAgenda: _openAgenda, ...note } = row;
  return note;
}
