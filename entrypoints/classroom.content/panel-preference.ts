import { browser } from 'wxt/browser';

// Whether the teacher keeps the full plan open on lesson pages, or the compact plan (issue 14: the lesson comes
// first, so a first visit is compact): a display preference (not plan data), kept in extension storage so it
// follows them from lesson to lesson.

const KEY = 'panelOpen';

export async function readPanelOpen(): Promise<boolean> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return stored[KEY] === true;
  } catch {
    return false; // storage unavailable (e.g. the extension was just updated): the compact plan
  }
}

export function savePanelOpen(open: boolean): void {
  // After an update, the old tab's storage API throws at once instead of rejecting: the teacher's click must
  // still open or close the plan.
  try {
    browser.storage.local.set({ [KEY]: open }).catch(() => undefined);
  } catch {
    // Not remembered this time; the choice itself still applies in this tab.
  }
}
