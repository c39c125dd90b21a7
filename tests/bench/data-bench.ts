// Data at scale, measured with Tandem's own database functions in real IndexedDB. tests/bench/data.mjs bundles
// this file (with Dexie, zod/mini and utils/) into one script and evaluates it in an extension page of the built
// extension (chrome-extension://<id>/manifest.json: the extension's origin, so the same `tandem` database the
// background uses, but no app code running beside it). It defines `globalThis.TandemBench`.
//
// Every app figure has a control: the same operation done with raw IndexedDB on the same database and rows
// (no Dexie, no app code). The control is the floor IndexedDB itself sets; the difference is what Tandem's
// code adds.

import { exportBackup } from '../../utils/backup/export';
import type { BackupData } from '../../utils/backup/format';
import { importBackup } from '../../utils/backup/import';
import { parseBackup } from '../../utils/backup/parse';
import { deleteAllData } from '../../utils/backup/snapshots';
import { allTables, writeRecords } from '../../utils/backup/write';
import { TandemDatabase } from '../../utils/db/database';
import { noteFromRow, noteRow } from '../../utils/db/note-rows';
import { listNotes, listNotesForLesson } from '../../utils/db/notes';
import { listPeople } from '../../utils/db/people';
import { getPlan } from '../../utils/db/plans';
import { DATABASE_NAME } from '../../utils/db/versions';
import type { Note } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import type { LessonPlan } from '../../utils/schema/plan';
import { MODEL_IDS, NOTE_KINDS, ROLE_IDS, STATUS_IDS } from '../../utils/vocabulary';

const COURSES = ['638595247147', '712345678901', '645123789012', '659876543210'];

// ---- Deterministic data ------------------------------------------------------------------------------------

/** xorshift32: the same data on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

const COMMON_WORDS = (
  'the a to and of in is for on with was at group students reading math lesson today needs work ' +
  'station small table help check worked well again next time quiz notes finished started more ' +
  'support review fractions writing vocabulary behaviour partner'
).split(' ');
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vu', 'pel', 'dor', 'shi', 'gan', 'bre', 'tox', 'quin', 'zel'];

/**
 * A vocabulary of frequent words and many rarer made-up ones (names of materials, topics). Word i of the
 * rare list appears with probability falling as 1/i (Zipf-like), as words do in real notes.
 */
function vocabulary(): string[] {
  const words: string[] = [];
  for (let i = 0; i < 4000; i++) {
    let word = '';
    let n = i + 7;
    while (n > 0 || word.length < 4) {
      word += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    words.push(word);
  }
  return words;
}

export interface Dataset {
  people: Person[];
  plans: LessonPlan[];
  notes: Note[];
  /** Lessons that have notes and a plan: [courseId, itemId]. */
  lessons: Array<[string, string]>;
  /** Words each found in only a handful of notes, and a common prefix. */
  rareWords: string[];
}

/** `noteCount` notes and `planCount` plans over 12 people, as a teacher's years of use would leave them. */
export function makeDataset(noteCount: number, planCount: number, seed = 42): Dataset {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const base = Date.parse('2015-08-24T12:00:00.000Z');
  const iso = (ms: number) => new Date(ms).toISOString();
  const people: Person[] = Array.from({ length: 12 }, (_, i) => ({
    id: `person:bench-${i}`,
    name: `Adult ${String.fromCharCode(65 + i)} ${['Lee', 'Rivera', 'Chen', 'Okafor'][i % 4]}`,
    kind: 'paraprofessional',
    archived: i === 11,
    createdAt: iso(base),
    updatedAt: iso(base),
  }));
  const lessons: Array<[string, string]> = Array.from({ length: planCount }, (_, i) => [
    COURSES[i % COURSES.length] as string,
    String(638600000000 + i),
  ]);
  const plans: LessonPlan[] = lessons.map(([courseId, itemId], i) => {
    const at = iso(base + i * 3_600_000);
    const supporter = people[i % people.length] as Person;
    return {
      id: `plan:${courseId}:${itemId}`,
      lesson: {
        courseId,
        itemId,
        itemKind: 'a',
        title: `Lesson ${i}: ${pick(COMMON_WORDS)} practice`,
        courseName: 'Grade 7 Science',
        dueDate: at.slice(0, 10),
      },
      model: pick(MODEL_IDS),
      supports: [{ personId: supporter.id, role: pick(ROLE_IDS) }],
      stations: [
        { id: `station:${i}:1`, name: 'Lab table', leader: 'teacher', minutes: 15 },
        { id: `station:${i}:2`, name: 'Reading corner', leader: supporter.id, minutes: 15 },
        { id: `station:${i}:3`, name: 'Computers', leader: 'independent', minutes: 15 },
      ],
      groups: ['A', 'B', 'C'],
      parallelGroups: [],
      phases: [],
      goal: 'Students compare the density of three liquids and explain which one sinks, using evidence.',
      targetStudents: 'JM, AC, RT',
      materials: [{ id: `material:${i}:1`, what: 'Graduated cylinders', owner: supporter.id }],
      checkHow: 'Exit ticket',
      checkCollector: 'teacher',
      behaviourSupport: '',
      status: pick(STATUS_IDS),
      reflectionWorked: '',
      reflectionChange: '',
      taughtOn: [],
      createdAt: at,
      updatedAt: at,
    };
  });
  const words = vocabulary();
  const notes: Note[] = [];
  for (let i = 0; i < noteCount; i++) {
    const length = 6 + Math.floor(next() * 25);
    const text: string[] = [];
    for (let w = 0; w < length; w++) {
      // Two words in three are common; the rest follow 1/i over the made-up vocabulary.
      text.push(next() < 0.66 ? pick(COMMON_WORDS) : (words[Math.floor(words.length ** next()) - 1] as string));
    }
    const at = iso(base + i * 37 * 60_000); // one note every 37 minutes: 100 000 notes span 7 years
    const kind = pick(NOTE_KINDS);
    const lesson = next() < 0.6 && lessons.length ? lessons[Math.floor(next() * lessons.length)] : undefined;
    notes.push({
      id: `note:bench-${String(i).padStart(7, '0')}`,
      text: text.join(' '),
      kind,
      ...(next() < 0.7 ? { personId: (people[Math.floor(next() * people.length)] as Person).id } : {}),
      ...(lesson
        ? { link: { courseId: lesson[0], itemId: lesson[1], itemKind: 'a' as const, title: 'A lesson' } }
        : {}),
      done: next() < 0.5,
      createdAt: at,
      updatedAt: at,
    });
  }
  // Words from the tail of the vocabulary: present in only a few notes each.
  const rareWords = [words[3000], words[3200], words[3400], words[3600], words[3800]] as string[];
  return { people, plans, notes, lessons, rareWords };
}

// ---- Raw IndexedDB control -----------------------------------------------------------------------------------

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** The same `tandem` database, opened with raw IndexedDB (no version: whatever Dexie made it). */
function openRaw(): Promise<IDBDatabase> {
  return request(indexedDB.open(DATABASE_NAME));
}

/** Replaces notes, plans and people with `data` (rows as stored), one put per row, in one transaction. */
async function rawWrite(raw: IDBDatabase, data: { notes: object[]; plans: object[]; people: object[] }) {
  const tx = raw.transaction(['notes', 'plans', 'people'], 'readwrite');
  for (const store of ['notes', 'plans', 'people'] as const) {
    tx.objectStore(store).clear();
    for (const row of data[store]) tx.objectStore(store).put(row);
  }
  await done(tx);
}

async function rawGet(raw: IDBDatabase, store: string, id: string): Promise<unknown> {
  return request(raw.transaction(store, 'readonly').objectStore(store).get(id));
}

/** IndexedDB's getAllRecords (Chromium 141+): a batch read in either direction, in one request. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: { count: number; direction: IDBCursorDirection }) => IDBRequest<Array<{ value: unknown }>>;
};

/**
 * The newest `count` notes by the createdAt index (what listNotes reads, minus the app): one getAllRecords
 * request newest first where the browser has it, else one cursor.
 */
async function rawNewest(raw: IDBDatabase, count: number): Promise<unknown[]> {
  const index = raw.transaction('notes', 'readonly').objectStore('notes').index('createdAt') as WithGetAllRecords;
  if (index.getAllRecords) {
    const records = await request(index.getAllRecords({ count, direction: 'prev' }));
    return records.map((record) => record.value);
  }
  const rows: unknown[] = [];
  const cursorRequest = index.openCursor(null, 'prev');
  await new Promise<void>((resolve, reject) => {
    cursorRequest.onerror = () => reject(cursorRequest.error);
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || rows.length >= count) return resolve();
      rows.push(cursor.value);
      cursor.continue();
    };
  });
  return rows;
}

// ---- The figures ---------------------------------------------------------------------------------------------

export interface ScaleResult {
  notes: number;
  plans: number;
  /** Size of the export file, bytes. */
  exportBytes: number;
  /** Samples in ms, app and control (raw IndexedDB on the same database) side by side. */
  samples: Record<string, { app: number[]; control: number[] }>;
  /** Why an operation was not measured (e.g. the import refused the file), by name. */
  skipped: Record<string, string>;
}

interface Run {
  db: TandemDatabase;
  raw: IDBDatabase;
  noteIds: string[];
  lessons: Array<[string, string]>;
  rareWords: string[];
  result: ScaleResult;
  counting: boolean;
}

/** The run in progress: the phases below are separate evaluations, so the bench can collect garbage between. */
let current: Run | undefined;

function add(run: Run, name: string, side: 'app' | 'control', ms: number): void {
  if (!run.counting) return;
  run.result.samples[name] ??= { app: [], control: [] };
  run.result.samples[name][side].push(ms);
}

async function time(run: Run, name: string, side: 'app' | 'control', operation: () => Promise<unknown>) {
  const start = performance.now();
  await operation();
  add(run, name, side, performance.now() - start);
}

function running(): Run {
  if (!current) throw new Error('call fill() first');
  return current;
}

/**
 * Phase 1: deletes everything, then writes `notes` notes and `plans` plans with the import's write path
 * (writeRecords in one transaction: notes gain their index fields) and times it ("bulk insert"). With
 * `controlWrites`, the same stored rows are then put again with raw IndexedDB (same data afterwards). The
 * generated data is dropped at the end, so the measurements that follow do not share the page with it.
 */
export async function fill(options: { notes: number; plans: number; controlWrites: boolean }): Promise<void> {
  current?.db.close();
  current?.raw.close();
  const data = makeDataset(options.notes, options.plans);
  const db = new TandemDatabase();
  await db.open();
  await deleteAllData(db);
  const run: Run = {
    db,
    raw: await openRaw(),
    noteIds: data.notes.map((note) => note.id),
    lessons: data.lessons,
    rareWords: data.rareWords,
    result: { notes: data.notes.length, plans: data.plans.length, exportBytes: 0, samples: {}, skipped: {} },
    counting: true,
  };
  current = run;
  const backup: BackupData = {
    people: data.people,
    plans: data.plans,
    classMeetings: [],
    templates: [],
    notes: data.notes,
    blocks: [],
    lost: [],
    settings: [],
  };
  await time(run, 'insert', 'app', () => db.transaction('rw', allTables(db), () => writeRecords(db, backup)));
  if (options.controlWrites) {
    const rows = { notes: data.notes.map(noteRow), plans: data.plans, people: data.people };
    await time(run, 'insert', 'control', () => rawWrite(run.raw, rows));
  }
}

/**
 * Phase 2: the quick operations, `repeat` samples each, app and control interleaved, after a few rounds that
 * are not counted (steady state).
 */
export async function measureQuick(options: { repeat: number }): Promise<void> {
  const run = running();
  const { db, raw } = run;
  const next = random(7);
  const anyNote = () => run.noteIds[Math.floor(next() * run.noteIds.length)] as string;
  const anyLesson = () => run.lessons[Math.floor(next() * run.lessons.length)] as [string, string];
  for (let i = -5; i < options.repeat; i++) {
    run.counting = i >= 0;
    const noteId = anyNote();
    const [courseId, itemId] = anyLesson();
    await time(run, 'noteGet', 'app', async () => noteFromRow((await db.notes.get(noteId)) as never));
    await time(run, 'noteGet', 'control', () => rawGet(raw, 'notes', noteId));
    await time(run, 'planGet', 'app', () => getPlan(db, courseId, itemId));
    await time(run, 'planGet', 'control', () => rawGet(raw, 'plans', `plan:${courseId}:${itemId}`));
    await time(run, 'firstPage', 'app', () => listNotes(db, { limit: 50 }));
    await time(run, 'firstPage', 'control', () => rawNewest(raw, 51));
    // What a lesson's Classroom panel asks the background for: its plan, people (twice), its notes.
    await time(run, 'panelLoad', 'app', () =>
      Promise.all([
        getPlan(db, courseId, itemId),
        listPeople(db),
        listNotesForLesson(db, courseId, itemId),
        listPeople(db, { includeArchived: true }),
      ]),
    );
    await time(run, 'panelLoad', 'control', () => {
      const tx = raw.transaction(['plans', 'notes', 'people'], 'readonly');
      const key = `${courseId}:${itemId}`;
      const range = IDBKeyRange.bound([key, ''], [key, '\uffff']);
      return Promise.all([
        request(tx.objectStore('plans').get(`plan:${courseId}:${itemId}`)),
        request(tx.objectStore('people').getAll()),
        request(tx.objectStore('notes').index('[lessonKey+createdAt]').getAll(range, 200)),
      ]);
    });
  }
  run.counting = true;
  const searches = Math.max(5, Math.round(options.repeat / 5));
  for (let i = 0; i < searches; i++) {
    const rare = run.rareWords[i % run.rareWords.length] as string;
    // A rare word: answered from the words index (few candidates).
    await time(run, 'searchRare', 'app', () => listNotes(db, { text: rare, limit: 50 }));
    // Only common words: walks the date index newest first, filtering (a search mid-typing).
    await time(run, 'searchCommon', 'app', () => listNotes(db, { text: `group ${COMMON_WORDS[i % 10]}`, limit: 50 }));
  }
}

/**
 * Phase 3: export and full import (replace), as the options page does them, `heavy` times each. Controls:
 * raw getAll + the same JSON.stringify; JSON.parse + raw puts of the stored rows (with `controlWrites`).
 * Closes the run and returns everything measured.
 */
export async function measureHeavy(options: { heavy: number; controlWrites: boolean }): Promise<ScaleResult> {
  const run = running();
  const { db, raw, result } = run;
  let json = '';
  for (let i = 0; i < options.heavy; i++) {
    await time(run, 'export', 'app', async () => {
      json = (await exportBackup(db)).json;
    });
    await time(run, 'export', 'control', async () => {
      const tx = raw.transaction(['notes', 'plans', 'people'], 'readonly');
      const [notes, plans, people] = await Promise.all(
        ['notes', 'plans', 'people'].map((store) => request(tx.objectStore(store).getAll())),
      );
      JSON.stringify({ notes, plans, people }, null, 1);
    });
  }
  result.exportBytes = new Blob([json]).size;
  for (let i = 0; i < options.heavy; i++) {
    const begin = performance.now();
    const checked = await parseBackup(json);
    const parsed = performance.now();
    if (!checked.ok) {
      result.skipped.import = `parseBackup refused the exported file (${checked.problem.code})`;
      break;
    }
    await importBackup(db, checked.file, 'replace');
    add(run, 'importParse', 'app', parsed - begin);
    add(run, 'import', 'app', performance.now() - begin);
    if (options.controlWrites && i === 0) {
      await time(run, 'import', 'control', async () => {
        const file = JSON.parse(json) as { records: BackupData };
        await rawWrite(raw, {
          notes: file.records.notes.map(noteRow),
          plans: file.records.plans,
          people: file.records.people,
        });
      });
    }
  }
  db.close();
  raw.close();
  current = undefined;
  return result;
}

/** Deletes everything the bench wrote: Tandem's data and its snapshots. */
export async function cleanUp(): Promise<void> {
  const db = new TandemDatabase();
  await db.open();
  await deleteAllData(db);
  db.close();
}

/** Records planning blocks (for the Calendar figures), with the app's own function. */
export { createBlock } from '../../utils/db/blocks';

/** A database handle for callers of createBlock. */
export function openDatabase(): TandemDatabase {
  return new TandemDatabase();
}
