import { browser } from 'wxt/browser';

// The note being typed survives the popup closing (a click outside it closes it at once): it is kept in
// storage.session, which lives in memory only and is gone when the browser quits, so an unsaved note
// that may name a student is never written to disk. Best effort: without it the popup just starts empty.

const KEY = 'quickNoteDraft';

export async function loadDraft(): Promise<string> {
  try {
    const stored = await browser.storage.session.get(KEY);
    const draft = stored[KEY];
    return typeof draft === 'string' ? draft : '';
  } catch {
    return '';
  }
}

export function saveDraft(text: string): void {
  const write = text ? browser.storage.session.set({ [KEY]: text }) : browser.storage.session.remove(KEY);
  write.catch(() => undefined);
}

/** Forgets an unsaved note too ("Delete all my data" means all of it). */
export async function clearDraft(): Promise<void> {
  await browser.storage.session.remove(KEY).catch(() => undefined);
}
