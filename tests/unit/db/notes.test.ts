import { describe, expect, it } from 'vitest';
import type { TandemDatabase } from '../../../utils/db/database';
import { noteRow, searchWords } from '../../../utils/db/note-rows';
import {
  addNote,
  deleteNote,
  listNotes,
  listNotesForLesson,
  type NoteQuery,
  openAgendaNotes,
  restoreNote,
  updateNote,
} from '../../../utils/db/notes';
import { Note, type NoteLink } from '../../../utils/schema/note';
import { LAB_REPORT_LINK } from './sample';
import { freshDatabase } from './test-db';

const LAB_LINK = LAB_REPORT_LINK;
const LAB_KEY = '638595247147:638600123456';

/** A stored note at a chosen time (minutes after a fixed start), written as the app writes rows. */
function noteAt(minute: number, fields: Partial<Note> = {}): Note {
  const createdAt = new Date(Date.UTC(2025, 8, 1, 8, 0) + minute * 60_000).toISOString();
  return {
    id: `note:${String(minute).padStart(6, '0')}`,
    text: `Note number ${minute}`,
    kind: 'observation',
    done: false,
    createdAt,
    updatedAt: createdAt,
    ...fields,
  };
}

async function store(db: TandemDatabase, notes: Note[]): Promise<void> {
  await db.notes.bulkAdd(notes.map(noteRow));
}

/** Every page of a query, following `before` until `more` is false. */
async function allPages(db: TandemDatabase, query: NoteQuery): Promise<Note[][]> {
  const pages: Note[][] = [];
  let before: NoteQuery['before'];
  for (;;) {
    const page = await listNotes(db, { ...query, ...(before ? { before } : {}) });
    pages.push(page.notes);
    const last = page.notes.at(-1);
    if (!page.more || !last) return pages;
    before = { createdAt: last.createdAt, id: last.id };
  }
}

/** The expected answer, computed the slow obvious way over every note. */
function expected(notes: Note[], keep: (note: Note) => boolean): string[] {
  return notes
    .filter(keep)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
    .map((note) => note.id);
}

const ids = (notes: Note[]) => notes.map((note) => note.id);

describe('adding, changing and deleting notes', () => {
  it('adds a note with an id, times, done false and the text trimmed; reads back as a plain Note', async () => {
    const db = freshDatabase();
    const note = await addNote(db, { text: '  Marcus ran the density station well  ', kind: 'thank-you' });
    expect(note).toMatchObject({ text: 'Marcus ran the density station well', kind: 'thank-you', done: false });
    expect(note.id).toMatch(/^note:/);
    expect(note.createdAt).toBe(note.updatedAt);
    expect(Note.safeParse(note).success).toBe(true);
    const [listed] = (await listNotes(db, {})).notes;
    expect(listed).toEqual(note);
    expect(Object.keys(listed ?? {})).not.toContain('words');
    // The stored row carries its search words for the index.
    expect((await db.notes.get(note.id))?.words).toEqual(['marcus', 'ran', 'the', 'density', 'station', 'well']);
  });

  it('refuses an empty note', async () => {
    const db = freshDatabase();
    await expect(addNote(db, { text: '   ', kind: 'observation' })).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
  });

  it('updates text, kind and done, moves updatedAt, and removes the person and link with null', async () => {
    const db = freshDatabase();
    const note = await addNote(db, {
      text: 'Group B needs fractions again',
      kind: 'observation',
      personId: 'person:marcus',
      link: LAB_LINK,
    });
    expect(ids(await listNotesForLesson(db, LAB_LINK.courseId, LAB_LINK.itemId ?? ''))).toEqual([note.id]);

    const changed = await updateNote(db, {
      id: note.id,
      text: 'Group B needs decimals',
      kind: 'follow-up',
      done: true,
    });
    expect(changed).toMatchObject({ text: 'Group B needs decimals', kind: 'follow-up', done: true });
    expect(changed?.createdAt).toBe(note.createdAt);
    expect((changed?.updatedAt ?? '') > note.updatedAt).toBe(true);
    // The search words follow the text.
    expect(ids((await listNotes(db, { text: 'decimals' })).notes)).toEqual([note.id]);
    expect((await listNotes(db, { text: 'fractions' })).notes).toEqual([]);

    const unlinked = await updateNote(db, { id: note.id, personId: null, link: null });
    expect(unlinked?.personId).toBeUndefined();
    expect(unlinked?.link).toBeUndefined();
    expect(await listNotesForLesson(db, LAB_LINK.courseId, LAB_LINK.itemId ?? '')).toEqual([]);
    expect((await listNotes(db, { personId: 'person:marcus' })).notes).toEqual([]);
    expect((await db.notes.get(note.id))?.lessonKey).toBeUndefined();

    expect(await updateNote(db, { id: 'note:gone', done: true })).toBeNull();
  });

  it('deletes a note, returning it, and restores it exactly (same id and times)', async () => {
    const db = freshDatabase();
    const note = await addNote(db, { text: 'Agenda: rotate station leaders', kind: 'agenda-item', link: LAB_LINK });
    const deleted = await deleteNote(db, note.id);
    expect(deleted).toEqual(note);
    expect((await listNotes(db, {})).notes).toEqual([]);
    expect(await deleteNote(db, note.id)).toBeNull();
    await restoreNote(db, note);
    expect((await listNotes(db, {})).notes).toEqual([note]);
    expect(ids((await listNotes(db, { lessonKey: LAB_KEY, text: 'rotate' })).notes)).toEqual([note.id]);
  });
});

describe('listing notes', () => {
  it('lists newest first, 50 at a time, and pages with `before` through every note once', async () => {
    const db = freshDatabase();
    const notes = Array.from({ length: 120 }, (_, minute) => noteAt(minute));
    await store(db, notes);
    const first = await listNotes(db, {});
    expect(first.notes).toHaveLength(50);
    expect(first.more).toBe(true);
    expect(first.notes[0]?.id).toBe('note:000119');
    const pages = await allPages(db, {});
    expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
    expect(ids(pages.flat())).toEqual(expected(notes, () => true));
  });

  it('pages correctly through notes that share one createdAt (ties broken by id)', async () => {
    const db = freshDatabase();
    // An import can bring many notes written in the same millisecond.
    const sameTime = noteAt(10).createdAt;
    const notes = [
      ...Array.from({ length: 7 }, (_, i) => noteAt(20 + i)),
      ...Array.from({ length: 9 }, (_, i) => ({ ...noteAt(0), id: `note:tie-${i}`, createdAt: sameTime })),
      ...Array.from({ length: 5 }, (_, i) => noteAt(i + 1)),
    ];
    await store(db, notes);
    for (const limit of [1, 2, 3, 4, 8]) {
      const pages = await allPages(db, { limit });
      expect(ids(pages.flat()), `limit ${limit}`).toEqual(expected(notes, () => true));
      expect(pages.every((page) => page.length <= limit)).toBe(true);
    }
    // Filtered walks page through ties the same way.
    const pages = await allPages(db, { limit: 2, includeDone: false, kind: 'observation' });
    expect(ids(pages.flat())).toEqual(expected(notes, () => true));
  });

  it('filters by kind, person, lesson and done, alone and combined', async () => {
    const db = freshDatabase();
    const kinds = ['observation', 'thank-you', 'follow-up', 'agenda-item', 'concern'] as const;
    const otherLink: NoteLink = { courseId: '712345678901', title: 'Grade 7 ELA' };
    const notes = Array.from({ length: 90 }, (_, minute) =>
      noteAt(minute, {
        kind: kinds[minute % 5],
        ...(minute % 3 === 0 ? { personId: 'person:marcus' } : minute % 3 === 1 ? { personId: 'person:ana' } : {}),
        ...(minute % 4 === 0 ? { link: LAB_LINK } : minute % 4 === 1 ? { link: otherLink } : {}),
        done: minute % 7 === 0,
      }),
    );
    await store(db, notes);
    const key = (note: Note) =>
      note.link ? (note.link.itemId ? `${note.link.courseId}:${note.link.itemId}` : note.link.courseId) : '';
    const cases: Array<[NoteQuery, (note: Note) => boolean]> = [
      [{ kind: 'thank-you' }, (n) => n.kind === 'thank-you'],
      [{ personId: 'person:ana' }, (n) => n.personId === 'person:ana'],
      [{ lessonKey: LAB_KEY }, (n) => key(n) === LAB_KEY],
      [{ lessonKey: '712345678901' }, (n) => key(n) === '712345678901'],
      [{ includeDone: false }, (n) => !n.done],
      [{ kind: 'concern', personId: 'person:marcus' }, (n) => n.kind === 'concern' && n.personId === 'person:marcus'],
      [
        { kind: 'observation', lessonKey: LAB_KEY, includeDone: false },
        (n) => n.kind === 'observation' && key(n) === LAB_KEY && !n.done,
      ],
      [{ personId: 'person:marcus', lessonKey: LAB_KEY }, (n) => n.personId === 'person:marcus' && key(n) === LAB_KEY],
    ];
    for (const [query, keep] of cases) {
      const want = expected(notes, keep);
      expect(want.length, JSON.stringify(query)).toBeGreaterThan(0);
      const pages = await allPages(db, { ...query, limit: 4 });
      expect(ids(pages.flat()), JSON.stringify(query)).toEqual(want);
    }
  });

  it('searches by word prefix, ignoring case and accents, every word required', async () => {
    const db = freshDatabase();
    const notes = [
      noteAt(1, { text: 'Cada élève trabajó en fracciones' }),
      noteAt(2, { text: 'Fractions station ran long; re-teach Group B' }),
      noteAt(3, { text: 'Thank Marcus for the density lab setup', kind: 'thank-you' }),
      noteAt(4, { text: 'Elevator broken, the lab moved upstairs' }),
      noteAt(5, { text: 'Group A finished fractions early', done: true }),
    ];
    await store(db, notes);
    const search = async (query: NoteQuery) => ids((await listNotes(db, query)).notes);
    expect(await search({ text: 'frac' })).toEqual(['note:000005', 'note:000002', 'note:000001']);
    expect(await search({ text: 'FRACTIONS group' })).toEqual(['note:000005', 'note:000002']);
    expect(await search({ text: 'élève' })).toEqual(['note:000001']);
    expect(await search({ text: 'eleve' })).toEqual(['note:000001']);
    expect(await search({ text: 'ÉLÈVE' })).toEqual(['note:000001']);
    // A prefix of a word, never the middle of one.
    expect(await search({ text: 'ractions' })).toEqual([]);
    expect(await search({ text: 'teach' })).toEqual(['note:000002']);
    expect(await search({ text: 'fractions', includeDone: false })).toEqual(['note:000002']);
    expect(await search({ text: 'den', kind: 'thank-you' })).toEqual(['note:000003']);
    expect(await search({ text: 'den', kind: 'observation' })).toEqual([]);
    expect(await search({ text: 'elev' })).toEqual(['note:000004', 'note:000001']);
    // Punctuation only is no search at all.
    expect(await search({ text: ' ;; ' })).toHaveLength(5);
  });

  it('pages a search with `before`', async () => {
    const db = freshDatabase();
    const notes = Array.from({ length: 30 }, (_, minute) =>
      noteAt(minute, { text: minute % 2 ? `Reteach group ${minute}, re-check later` : `Exit ticket ${minute}` }),
    );
    await store(db, notes);
    const pages = await allPages(db, { text: 'reteach re', limit: 4 });
    expect(ids(pages.flat())).toEqual(expected(notes, (n) => n.text.startsWith('Reteach')));
    expect(pages).toHaveLength(4);
  });

  it('answers a search for a very common word by walking the dates, with the same result', async () => {
    const db = freshDatabase();
    // More notes with "group" than the words index is asked for: the walk by date answers instead.
    const notes = Array.from({ length: 2100 }, (_, minute) =>
      noteAt(minute, { text: minute % 100 === 7 ? `Group ${minute} needs a reteach` : `Group ${minute} was fine` }),
    );
    await store(db, notes);
    const wanted = expected(notes, (n) => searchWords(n.text).includes('reteach'));
    expect(wanted).toHaveLength(21);
    const pages = await allPages(db, { text: 'group re', limit: 10 });
    expect(ids(pages.flat())).toEqual(wanted);
    const common = await listNotes(db, { text: 'gro' });
    expect(common.notes).toHaveLength(50);
    expect(common.more).toBe(true);
    expect(common.notes[0]?.id).toBe('note:002099');
  });
});

describe('open agenda notes', () => {
  it('lists agenda items and follow-ups not done, oldest first', async () => {
    const db = freshDatabase();
    await store(db, [
      noteAt(5, { kind: 'agenda-item', text: 'Talk about station timing' }),
      noteAt(1, { kind: 'follow-up', text: 'Send Marcus the rubric' }),
      noteAt(3, { kind: 'agenda-item', text: 'Already discussed', done: true }),
      noteAt(2, { kind: 'concern', text: 'Noise during stations' }),
      noteAt(4, { kind: 'observation', text: 'Group B finished early' }),
      noteAt(6, { kind: 'follow-up', text: 'Book the laptops' }),
    ]);
    expect((await openAgendaNotes(db)).map((note) => note.text)).toEqual([
      'Send Marcus the rubric',
      'Talk about station timing',
      'Book the laptops',
    ]);
  });

  it('follows the note: ticked done or changed to another kind it leaves the agenda, reopened it returns', async () => {
    const db = freshDatabase();
    const item = await addNote(db, { text: 'Plan the field trip roles', kind: 'agenda-item' });
    const texts = async () => (await openAgendaNotes(db)).map((note) => note.text);
    expect(await texts()).toEqual(['Plan the field trip roles']);
    await updateNote(db, { id: item.id, done: true });
    expect(await texts()).toEqual([]);
    await updateNote(db, { id: item.id, done: false });
    expect(await texts()).toEqual(['Plan the field trip roles']);
    await updateNote(db, { id: item.id, kind: 'observation' });
    expect(await texts()).toEqual([]);
    // Only open agenda notes are in the index the agenda reads, so years of other notes cost nothing.
    expect(await db.notes.where('openAgenda').above('').count()).toBe(0);
  });
});
