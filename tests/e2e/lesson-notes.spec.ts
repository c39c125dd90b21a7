import type { Page, Worker } from '@playwright/test';
import type { Note } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import { expect, test } from './harness';
import { DENSITY_NOTES_URL, LAB_REPORT_URL, openLesson, panel, STREAM_URL } from './lesson-plan-page';
import { axeInside } from './support/closed-roots';

// A lesson's notes in its Classroom panel, and the content script answering Tandem's extension pages
// (utils/messaging/page-protocol.ts). Notes are written straight into the extension's IndexedDB from the
// service worker, as the popup would save them through the background, and `notes.changed` / `page.describe`
// are sent to the tab from the worker, as the popup sends them.

const COURSE_ID = '638595247147';
const LAB_REPORT_ID = '638600123456';
const DENSITY_NOTES_ID = '638600123457';

/** What the worker's chrome.tabs offers, typed here so the spec does not need the chrome typings. */
declare const chrome: {
  tabs: {
    query: (filter: { url: string }) => Promise<Array<{ id?: number }>>;
    sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
  };
};

type Row = Note & { words: string[]; lessonKey?: string };

function noteRow(
  id: string,
  fields: Partial<Note> & { itemId?: string; minutesAgo: number },
  title = 'Lab Report: Density of Liquids',
): Row {
  const at = new Date(Date.now() - fields.minutesAgo * 60_000).toISOString();
  const text = fields.text ?? `Note ${id}`;
  const itemId = 'itemId' in fields ? fields.itemId : LAB_REPORT_ID;
  return {
    id: `note:${id}`,
    text,
    kind: fields.kind ?? 'observation',
    done: fields.done ?? false,
    ...(fields.personId ? { personId: fields.personId } : {}),
    createdAt: at,
    updatedAt: at,
    link: { courseId: COURSE_ID, ...(itemId ? { itemId } : {}), title },
    words: text.toLowerCase().split(/\W+/).filter(Boolean),
    lessonKey: itemId ? `${COURSE_ID}:${itemId}` : COURSE_ID,
  };
}

/** Writes rows into the extension's database (it exists at v3 once a panel has loaded a plan). */
async function seed(serviceWorker: Worker, notes: Row[], people: Person[] = []) {
  await serviceWorker.evaluate(
    async ({ notes, people }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('tandem');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      if (!db.objectStoreNames.contains('notes')) throw new Error(`database at version ${db.version} has no notes`);
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction(['notes', 'people'], 'readwrite');
        for (const row of notes) transaction.objectStore('notes').put(row);
        for (const person of people) transaction.objectStore('people').put(person);
        transaction.oncomplete = () => resolve();
        transaction.onabort = () => reject(transaction.error);
      });
      db.close();
    },
    { notes, people },
  );
}

/** Sends a message to the tab showing `url`, as the popup does; resolves with the answer or the error text. */
function sendToTab(serviceWorker: Worker, url: string, message: unknown) {
  return serviceWorker.evaluate(
    async ({ url, message }) => {
      const [tab] = await chrome.tabs.query({ url });
      if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
      return chrome.tabs.sendMessage(tab.id, message).then(
        (answer) => ({ answer: answer ?? null }),
        (error: unknown) => ({ error: String(error) }),
      );
    },
    { url, message },
  );
}

/** Serious or critical axe violations inside the plan panel. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Inside the closed root (support/closed-roots.ts): the page's axe would see only the host.
  const results = await axeInside(page, '[data-tandem-host="tandem-plan"]');
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.help}`);
}

test('a note seeded for this lesson appears in "Notes on this lesson" after notes.changed; others do not', async ({
  context,
  serviceWorker,
  extensionErrors,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await expect(region.getByRole('heading', { name: 'Notes on this lesson' })).toBeVisible();
  await expect(
    region.getByText("No notes on this lesson yet. Use Tandem's toolbar button to write one."),
  ).toBeVisible();
  await expect(region.getByRole('list', { name: 'Notes on this lesson' })).toHaveCount(0);

  const marcus: Person = {
    id: 'person:marcus',
    name: 'Marcus Lee',
    kind: 'paraprofessional',
    archived: false,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  const older = noteRow('older', { minutesAgo: 60, text: 'Group B needed the scale twice', personId: marcus.id });
  const newer = noteRow('newer', {
    minutesAgo: 5,
    kind: 'follow-up',
    done: true,
    // Typed by a user: shown as these very characters, never as markup.
    text: 'Re-teach <b>density</b>\nwith the graduated cylinder',
  });
  const otherLesson = noteRow(
    'other',
    { minutesAgo: 1, itemId: DENSITY_NOTES_ID, text: 'About the slides' },
    'Density Notes',
  );
  const wholeClass = noteRow('class', { minutesAgo: 2, itemId: undefined, text: 'About the whole class' }, 'Grade 7');
  await seed(serviceWorker, [older, newer, otherLesson, wholeClass], [marcus]);

  expect(await sendToTab(serviceWorker, LAB_REPORT_URL, { tandem: 1, type: 'notes.changed' })).toEqual({
    answer: null,
  });
  const list = region.getByRole('list', { name: 'Notes on this lesson' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(region.getByText(/No notes on this lesson yet/)).toHaveCount(0);

  const [first, second] = [list.getByRole('listitem').nth(0), list.getByRole('listitem').nth(1)];
  // Newest first, with kind, date, person and "done".
  await expect(first).toContainText('Follow-up');
  await expect(first).toContainText('Done');
  await expect(first.locator('.lesson-note-text')).toHaveText('Re-teach <b>density</b>\nwith the graduated cylinder', {
    useInnerText: false,
  });
  await expect(first.locator('b')).toHaveCount(0);
  await expect(first.locator('time')).toHaveAttribute('datetime', newer.createdAt);
  await expect(first.locator('time')).not.toHaveText('');
  await expect(second).toContainText('Observation');
  await expect(second).toContainText('Marcus Lee');
  await expect(second).toContainText('Group B needed the scale twice');
  await expect(second).not.toContainText('Done');
  await expect(region.getByText('About the slides')).toHaveCount(0);
  await expect(region.getByText('About the whole class')).toHaveCount(0);

  // The plan editor is untouched by the notes around it.
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await expect(region.getByRole('status')).toHaveText('Saved');
  expect(extensionErrors).toEqual([]);
});

test('page.describe answers the lesson, the class, or null; messages of other shapes are left alone', async ({
  context,
  serviceWorker,
  extensionErrors,
}) => {
  const page = await context.newPage();
  await openLesson(page);
  expect(await sendToTab(serviceWorker, LAB_REPORT_URL, { tandem: 1, type: 'page.describe' })).toEqual({
    answer: {
      courseId: COURSE_ID,
      itemId: LAB_REPORT_ID,
      itemKind: 'a',
      account: '0',
      title: 'Lab Report: Density of Liquids',
      courseName: 'Grade 7 Science',
    },
  });
  // Not ours (no `tandem: 1`), or not a page message: no answer comes back from the content script.
  for (const message of [{ type: 'page.describe' }, { tandem: 1, type: 'plan.get' }, 'page.describe']) {
    const result = await sendToTab(serviceWorker, LAB_REPORT_URL, message);
    // Chromium settles a message nobody answers with undefined (sendToTab turns it into null).
    expect(result, JSON.stringify(message)).toEqual({ answer: null });
  }

  await page.goto(STREAM_URL);
  await expect(page.getByText('Grade 7 Science').first()).toBeVisible();
  expect(await sendToTab(serviceWorker, STREAM_URL, { tandem: 1, type: 'page.describe' })).toEqual({
    answer: { courseId: COURSE_ID, account: '0', title: 'Grade 7 Science', courseName: 'Grade 7 Science' },
  });

  const home = 'https://classroom.google.com/u/0/h';
  await page.goto(home);
  await expect
    .poll(() => sendToTab(serviceWorker, home, { tandem: 1, type: 'page.describe' }))
    .toEqual({ answer: null });
  expect(extensionErrors).toEqual([]);
});

test('a long list shows the newest 20 and a "Show all" toggle; notes load with the panel', async ({
  context,
  serviceWorker,
  extensionErrors,
}) => {
  const page = await context.newPage();
  await openLesson(page, LAB_REPORT_URL);
  const rows = Array.from({ length: 23 }, (_, index) =>
    noteRow(`n${index + 1}`, { minutesAgo: 100 - index, text: `Numbered note ${index + 1}` }),
  );
  await seed(serviceWorker, rows);
  await page.reload(); // no notes.changed: the panel loads the lesson's notes itself

  const region = panel(page);
  const list = region.getByRole('list', { name: 'Notes on this lesson' });
  await expect(list.getByRole('listitem')).toHaveCount(20);
  await expect(list.getByRole('listitem').first()).toContainText('Numbered note 23');
  await expect(region.getByText('Numbered note 3', { exact: true })).toHaveCount(0);

  const toggle = region.getByRole('button', { name: 'Show all 23' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(23);
  await expect(list.getByRole('listitem').last()).toContainText('Numbered note 1');
  // Readable and named in light and dark mode, with the notes showing.
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  const fewer = region.getByRole('button', { name: 'Show fewer' });
  await expect(fewer).toHaveAttribute('aria-expanded', 'true');
  await expect(fewer).toBeFocused();
  await fewer.click();
  await expect(list.getByRole('listitem')).toHaveCount(20);

  // Another lesson's panel shows none of them.
  await page.goto(DENSITY_NOTES_URL);
  await expect(panel(page).getByText(/No notes on this lesson yet/)).toBeVisible();
  expect(extensionErrors).toEqual([]);
});
