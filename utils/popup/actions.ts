import { browser } from 'wxt/browser';
import type { TandemDatabase } from '../db/database';
import { addNote, deleteNote, listNotes, type NoteQuery, restoreNote, updateNote } from '../db/notes';
import { listPeople } from '../db/people';
import { getSettings } from '../db/settings';
import type { UntitledLabels } from '../pages/classroom/describe';
import type { NewNote, Note, NoteLink, NoteUpdate } from '../schema/note';
import type { Person } from '../schema/person';
import type { SchoolPolicy } from '../school-policy/policy';
import { readSchoolPolicy } from '../school-policy/read';
import { loadDraft, saveDraft } from './draft';
import { describeTab, findTargetTab, notifyNotesChanged } from './target-tab';

// The popup's one connector to the world (.github/CONTRIBUTING.md habit 9: the UI is a function of data and actions):
// the database, which an extension page may open directly (.github/CONTRIBUTING.md rule 1), and the tab the popup was
// opened over. Components get this object as a prop; tests of components can pass a fake.

export interface PopupStart {
  /** Everyone in Tandem, archived too: old notes still name them, and their names are not students'. */
  people: Person[];
  /** The teacher's own name, also not a student's. */
  myName: string;
}

export interface PopupActions {
  start(): Promise<PopupStart>;
  /** The lesson or class open in the target tab; null when there is none. */
  pageLink(): Promise<NoteLink | null>;
  saveNote(input: NewNote): Promise<Note>;
  updateNote(update: NoteUpdate): Promise<Note | null>;
  deleteNote(id: string): Promise<Note | null>;
  restoreNote(note: Note): Promise<void>;
  listNotes(query: NoteQuery): Promise<{ notes: Note[]; more: boolean }>;
  openOptions(): void;
  /** The unsaved note from the last time the popup was open ('' when none). */
  loadDraft(): Promise<string>;
  saveDraft(text: string): void;
  /** What the school set (utils/school-policy/read.ts): its message, and whether notes must use initials only. */
  schoolPolicy(): Promise<SchoolPolicy>;
}

export function popupActions(db: TandemDatabase, location: { search: string }, untitled: UntitledLabels): PopupActions {
  const target = findTargetTab(location.search);
  /** A change to a linked note may change what the target tab's lesson panel shows. */
  const changed = async (...notes: Array<Note | null | undefined>) => {
    if (!notes.some((note) => note?.link)) return;
    const tab = await target;
    if (tab) notifyNotesChanged(tab.id);
  };
  return {
    schoolPolicy: () => readSchoolPolicy(),
    async start() {
      const [people, settings] = await Promise.all([listPeople(db, { includeArchived: true }), getSettings(db)]);
      return { people, myName: settings.myName };
    },
    async pageLink() {
      const tab = await target;
      return tab ? describeTab(tab, untitled) : null;
    },
    async saveNote(input) {
      const note = await addNote(db, input);
      await changed(note);
      return note;
    },
    async updateNote(update) {
      const before = (await db.notes.get(update.id)) ?? null;
      const note = await updateNote(db, update);
      await changed(before, note);
      return note;
    },
    async deleteNote(id) {
      const note = await deleteNote(db, id);
      await changed(note);
      return note;
    },
    async restoreNote(note) {
      await restoreNote(db, note);
      await changed(note);
    },
    listNotes: (query) => listNotes(db, query),
    loadDraft,
    saveDraft,
    openOptions() {
      browser.runtime.openOptionsPage().catch((error: unknown) => console.warn('[Tandem] options page', error));
    },
  };
}
