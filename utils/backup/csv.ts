import type { TandemDatabase } from '../db/database';
import { noteFromRow } from '../db/note-rows';
import type { Labels } from '../planning-time/agenda';
import { localDate } from '../planning-time/dates';
import type { Note } from '../schema/note';
import type { Person } from '../schema/person';
import { vocabKey } from '../vocabulary';

// Notes as a spreadsheet, for a teacher who wants them in Excel, Sheets or Numbers (a report, a meeting).
// RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180): CRLF between rows, a field in double quotes when it
// holds a comma, a quote or a line break, quotes doubled inside. Notes are typed by people and lesson titles
// come from Classroom, so a cell must never run as a formula: OWASP "CSV Injection"
// (https://owasp.org/www-community/attacks/CSV_Injection) — a cell starting with = + - @ tab or CR gets a '.

/** Excel reads a CSV without it as the system's legacy code page, mangling accents and emoji. */
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function notesCsv(notes: readonly Note[], people: readonly Person[], t: Labels): string {
  const names = new Map(people.map((person) => [person.id, person.name]));
  const header = [
    t('backupCsvCreated'),
    t('backupCsvKind'),
    t('backupCsvPerson'),
    t('backupCsvLesson'),
    t('backupCsvClass'),
    t('backupCsvDone'),
    t('backupCsvText'),
  ];
  const oldestFirst = [...notes].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const rows = oldestFirst.map((note) => [
    localDateTime(new Date(note.createdAt)),
    t(vocabKey('note', note.kind)),
    (note.personId && names.get(note.personId)) || '',
    note.link?.itemId ? note.link.title : '',
    className(note),
    note.done ? t('backupCsvYes') : t('backupCsvNo'),
    note.text,
  ]);
  return BOM + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

export async function exportNotesCsv(
  db: TandemDatabase,
  t: Labels,
  now = new Date(),
): Promise<{ csv: string; fileName: string }> {
  const [rows, people] = await db.transaction('r', db.notes, db.people, () =>
    Promise.all([db.notes.toArray(), db.people.toArray()]),
  );
  return { csv: notesCsv(rows.map(noteFromRow), people, t), fileName: `tandem-notes-${localDate(now)}.csv` };
}

/** One cell: defused if it could start a formula, then quoted if it must be. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A class link's title is the class itself; a lesson link may carry the class name beside its title. */
function className(note: Note): string {
  if (!note.link) return '';
  return note.link.courseName ?? (note.link.itemId ? '' : note.link.title);
}

/** "2025-09-19 14:05" in the computer's own time zone; spreadsheets read it as a date and time. */
function localDateTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
