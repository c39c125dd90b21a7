import { browser } from 'wxt/browser';

// Whether the teacher keeps the plan's details open or collapsed on lesson pages: a display preference
// (not plan data), kept in extension storage so it follows them from lesson to lesson.

const KEY = 'panelOpen';

export async function readPanelOpen(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return stored[KEY] !== false;
  } catch {
    return true; // storage unavailable (e.g. the extension was just updated): show everything
  }
}

export function savePanelOpen(open: boolean): void {
  browser.storage.local.set({ [KEY]: open }).catch(() => undefined);
}
