import type { NoteLink } from '../schema/note';

// Messages that go the other way, from an extension page to a content script. The popup asks the Classroom content script in the active tab
// what the page is about, so a quick note can be linked to it with its real title. The popup validates
// the answer with the NoteLink schema; the content script answers only its own extension (sender.id).

export const PAGE_DESCRIBE = 'page.describe';

export interface PageDescribeRequest {
  tandem: 1;
  type: typeof PAGE_DESCRIBE;
}

/** The lesson or class open in the tab, or null when the page is neither. */
export type PageDescribeAnswer = NoteLink | null;

/**
 * Sent by the popup to the tab a note was linked to, after saving, so an open Classroom panel shows the
 * new note at once. Best effort: no answer is expected and a tab without Tandem simply ignores it.
 */
export const NOTES_CHANGED = 'notes.changed';

export interface NotesChangedMessage {
  tandem: 1;
  type: typeof NOTES_CHANGED;
}
