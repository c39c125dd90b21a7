import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';

// The options page, reached as a screen reader would: its sections are regions named by their headings.

export function optionsUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/options.html`;
}

export async function openOptions(context: BrowserContext, extensionId: string, page?: Page): Promise<Page> {
  const options = page ?? (await context.newPage());
  await options.goto(optionsUrl(extensionId));
  await expect(people(options).getByRole('button', { name: 'Add person' })).toBeVisible();
  return options;
}

export const people = (page: Page): Locator => page.getByRole('region', { name: 'People' });
export const you = (page: Page): Locator => page.getByRole('region', { name: 'Your name and school day' });
export const thanks = (page: Page): Locator => page.getByRole('region', { name: 'Thank-you notes' });
export const backup = (page: Page): Locator => page.getByRole('region', { name: 'Backup and data' });

/** The list of people (absent when there is nobody). */
export const peopleList = (page: Page): Locator => people(page).getByRole('list', { name: 'Your people' });

/** Names of the people listed, in order. */
export async function listedNames(page: Page): Promise<string[]> {
  const list = peopleList(page);
  if ((await list.count()) === 0) return [];
  return list.locator(':scope > li .person-name').allTextContents();
}

export async function addPerson(page: Page, name: string, kind = 'Paraprofessional'): Promise<void> {
  const region = people(page);
  await region.getByRole('textbox', { name: 'Name of someone you work with' }).fill(name);
  await region.getByRole('combobox', { name: 'Kind' }).first().selectOption({ label: kind });
  await region.getByRole('button', { name: 'Add person' }).click();
  await expect(region.getByRole('status')).toContainText(`Added ${name}`);
  await expect(peopleList(page).locator('.person-name').getByText(name, { exact: true })).toBeVisible();
}

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

// Direct access to Tandem's IndexedDB from the options page (the extension's origin), for seeding records
// the options page cannot make itself (notes come from the popup) and for checking what was stored.
// Raw IndexedDB writes do not wake Dexie's live queries: reload the page after seeding.

export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tandem');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(store, 'readwrite');
        for (const record of records) transaction.objectStore(store).put(record);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Every store's records (snapshots included), by store name. */
export async function readStores(page: Page): Promise<Record<string, Array<Record<string, unknown>>>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = [...db.objectStoreNames];
    const result: Record<string, Array<Record<string, unknown>>> = {};
    const transaction = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = transaction.objectStore(name).getAll();
            request.onsuccess = () => {
              result[name] = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return result;
  });
}

/** A note row as the database stores it (with its search words), for seeding. */
export function noteRow(note: { id: string; text: string; kind: string; personId?: string; createdAt: Date }) {
  const at = note.createdAt.toISOString();
  return {
    id: note.id,
    text: note.text,
    kind: note.kind,
    ...(note.personId ? { personId: note.personId } : {}),
    done: false,
    createdAt: at,
    updatedAt: at,
    words: note.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  };
}
