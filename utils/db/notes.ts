import type { Note } from '../schema/note';
import type { TandemDatabase } from './database';
import { linkKey, noteFromRow } from './note-rows';

// createdAt is an ISO timestamp (text), so ['', '\uffff'] spans every time. Dexie is not imported as a
// value here: tests install fake-indexeddb before Dexie is first imported.

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
