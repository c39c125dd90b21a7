import { browser } from 'wxt/browser';
import { NOTES_CHANGED, PAGE_DESCRIBE } from '../messaging/page-protocol';
import type { UntitledLabels } from '../pages/classroom/describe';
import type { NoteLink } from '../schema/note';
import { linkFromAnswer, linkFromUrl } from './page-link';

// The tab the popup writes notes about. With `activeTab` (no `tabs` permission) Chrome shows the popup
// the URL and title of the tab it was opened over, and host access to classroom.google.com lets it
// message that tab's content script.

export interface TargetTab {
  id: number;
  url: string | undefined;
  title: string | undefined;
}

/** How long to wait for the content script before falling back to the URL. */
const DESCRIBE_TIMEOUT_MS = 1500;

/**
 * `?tab=<id>` when the popup page was opened in a tab of its own (tests, "open in a tab"), otherwise the
 * active tab of this window. Null when there is none or it is gone.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  try {
    const param = new URLSearchParams(search).get('tab');
    if (param !== null) {
      const id = Number(param);
      if (!Number.isSafeInteger(id) || id < 0) return null;
      const tab = await browser.tabs.get(id);
      return { id, url: tab.url, title: tab.title };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
  } catch {
    return null; // the tab was closed meanwhile: the note is simply not linked
  }
}

/** The lesson or class open in `tab`, asked of its content script, else read from its URL. Never throws. */
export async function describeTab(tab: TargetTab, untitled: UntitledLabels): Promise<NoteLink | null> {
  const fromPage = await askPage(tab.id);
  return fromPage !== undefined ? fromPage : linkFromUrl(tab.url, tab.title, untitled);
}

async function askPage(tabId: number): Promise<NoteLink | null | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), DESCRIBE_TIMEOUT_MS);
  });
  const answer = browser.tabs
    .sendMessage(tabId, { tandem: 1, type: PAGE_DESCRIBE })
    .then(linkFromAnswer)
    // No content script in that tab (not Classroom, or opened before Tandem was installed).
    .catch(() => undefined);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Tells the tab its notes changed, so an open lesson panel shows them. Best effort: no answer needed. */
export function notifyNotesChanged(tabId: number): void {
  browser.tabs.sendMessage(tabId, { tandem: 1, type: NOTES_CHANGED }).catch(() => undefined);
}
