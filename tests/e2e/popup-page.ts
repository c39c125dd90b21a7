import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

// The toolbar popup, opened as a page of its own (Playwright cannot click the toolbar button):
// chrome-extension://<id>/popup.html?tab=<id> links notes to the tab `tab` names, as the real popup
// links them to the active tab.

/** What the worker's chrome.tabs offers, typed here so the spec does not need the chrome typings. */
declare const chrome: {
  tabs: { query: (filter: { url: string }) => Promise<Array<{ id?: number }>> };
};

/** The id of the one tab showing a Classroom page, asked of the service worker (it may use chrome.tabs). */
export async function classroomTabId(serviceWorker: Worker): Promise<number> {
  const ids = await serviceWorker.evaluate(async () =>
    (await chrome.tabs.query({ url: 'https://classroom.google.com/*' })).map((tab) => tab.id),
  );
  expect(ids, 'exactly one Classroom tab').toHaveLength(1);
  const [id] = ids;
  if (id === undefined) throw new Error('the Classroom tab has no id');
  return id;
}

/** Opens the popup page in a new tab, for the tab `tabId` when given; resolves once it is ready to type in. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const page = await context.newPage();
  // The popup's own width; a tab would otherwise be a desktop-sized window around a 380 px column.
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await expect(quickNote(page)).toBeFocused();
  return page;
}

export function quickNote(page: Page) {
  return page.getByRole('textbox', { name: 'Quick note' });
}

/** The list of saved notes. */
export function noteList(page: Page) {
  return page.getByRole('list', { name: 'Notes', exact: true });
}

/** The note in the list whose text contains `text`. */
export function noteItem(page: Page, text: string) {
  return noteList(page).getByRole('listitem').filter({ hasText: text });
}

/** Types a note and saves it with the button; waits for "Saved" and for it to head the list. */
export async function saveNote(page: Page, text: string, options: { kind?: string; person?: string } = {}) {
  await quickNote(page).fill(text);
  if (options.kind)
    await page.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: options.kind }).check();
  if (options.person)
    await page.getByRole('combobox', { name: 'Person', exact: true }).selectOption({ label: options.person });
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(noteList(page).getByRole('listitem').first()).toContainText(text);
}
