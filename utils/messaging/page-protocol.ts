import type { NoteLink } from '../schema/note';

// The one message that goes the other way: the popup asks the Classroom content script in the active tab
// what the page is about, so a quick note can be linked to it with its real title. The popup validates
// the answer with the NoteLink schema; the content script answers only its own extension (sender.id).

export const PAGE_DESCRIBE = 'page.describe';

export interface PageDescribeRequest {
  tandem: 1;
  type: typeof PAGE_DESCRIBE;
}

/** The lesson or class open in the tab, or null when the page is neither. */
export type PageDescribeAnswer = NoteLink | null;
