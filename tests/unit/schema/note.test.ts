import { describe, expect, it } from 'vitest';
import { noteFromRow, noteRow, searchWords } from '../../../utils/db/note-rows';
import { NewNote, Note, NoteUpdate } from '../../../utils/schema/note';
import { NOTE_KINDS } from '../../../utils/vocabulary';
import { LAB_REPORT_LINK } from '../db/sample';

const LINK = LAB_REPORT_LINK;

const NOTE: Note = {
  id: 'note:1',
  text: 'Marcus ran the re-teach group 🙌',
  kind: 'thank-you',
  personId: 'person:marcus',
  link: LINK,
  done: false,
  createdAt: '2026-11-23T14:05:00.000Z',
  updatedAt: '2026-11-23T14:05:00.000Z',
};

describe('note schema', () => {
  it('has the five kinds the issue names, Observation first (the default)', () => {
    expect(NOTE_KINDS).toEqual(['observation', 'thank-you', 'follow-up', 'agenda-item', 'concern']);
  });

  it('accepts a note linked to a lesson, one linked to a class, and one linked to nothing', () => {
    expect(Note.safeParse(NOTE).success).toBe(true);
    const classLink = { courseId: LINK.courseId, title: 'Grade 7 Science' };
    expect(Note.safeParse({ ...NOTE, link: classLink }).success).toBe(true);
    const { link: _link, personId: _person, ...bare } = NOTE;
    expect(Note.safeParse(bare).success).toBe(true);
  });

  it('trims the text and refuses an empty or whitespace-only note', () => {
    expect(NewNote.parse({ text: '  Check in with J.S.  \n', kind: 'follow-up' }).text).toBe('Check in with J.S.');
    expect(NewNote.safeParse({ text: '   ', kind: 'observation' }).success).toBe(false);
    expect(NewNote.safeParse({ text: '', kind: 'observation' }).success).toBe(false);
  });

  it.each([
    ['text longer than 4000 characters', { text: 'a'.repeat(4001) }],
    ['an unknown kind', { kind: 'gossip' }],
    ['a Classroom id that is not numeric', { link: { ...LINK, courseId: 'NjM4NTk1MjQ3MTQ3' } }],
    ['a link without a title', { link: { courseId: LINK.courseId } }],
    ['an account that is not an index', { link: { ...LINK, account: 'me' } }],
    ['done that is not a boolean', { done: 'yes' }],
    ['a date that is not a timestamp', { createdAt: 'yesterday' }],
  ])('refuses %s', (_name, change) => {
    expect(Note.safeParse({ ...NOTE, ...change }).success).toBe(false);
  });

  it('lets an update remove the person or the link with null, and change nothing else unasked', () => {
    const update = NoteUpdate.parse({ id: NOTE.id, personId: null, link: null });
    expect(update).toEqual({ id: NOTE.id, personId: null, link: null });
    expect(NoteUpdate.safeParse({ id: NOTE.id, text: ' ' }).success).toBe(false);
  });
});

describe('stored note rows', () => {
  it('index the words of the text in lower case without accents, once each', () => {
    expect(searchWords('Élève GROUP B: re-teach, re-teach! 3×4')).toEqual([
      'eleve',
      'group',
      'b',
      're',
      'teach',
      '3',
      '4',
    ]);
  });

  it('carry the lesson key and open-agenda marker only while they apply, and read back as the plain note', () => {
    const row = noteRow(NOTE);
    expect(row.lessonKey).toBe('638595247147:638600123456');
    expect(row.openAgenda).toBeUndefined(); // a thank-you is not an agenda item
    expect(noteFromRow(row)).toEqual(NOTE);
    const agenda = noteRow({ ...NOTE, kind: 'agenda-item', link: { courseId: LINK.courseId, title: 'Class' } });
    expect(agenda.openAgenda).toBe(NOTE.createdAt);
    expect(agenda.lessonKey).toBe('638595247147');
    expect(noteRow({ ...NOTE, kind: 'agenda-item', done: true }).openAgenda).toBeUndefined();
  });
});
