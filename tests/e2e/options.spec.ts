import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { colourViolations, seriousViolations } from './card-page';
import { expect, test } from './harness';
import { expectSaved, openLesson, panel } from './lesson-plan-page';
import {
  addPerson,
  backup,
  listedNames,
  noteRow,
  openOptions,
  people,
  peopleList,
  putRecords,
  readStores,
  tabTo,
  thanks,
  you,
} from './options-page';

// The options page in real Chromium with the built extension: people, the teacher's name and school day,
// thank-you messages, and backup (export, delete all, import, refused files, snapshots).

/** A free-period grid cell by its accessible name, e.g. "Tuesday 1:00 – 1:30 PM" (Intl's spaces vary). */
function cellName(day: string, from: string, to: string, half: 'AM' | 'PM'): RegExp {
  return new RegExp(`^${day} ${from}\\s*–\\s*${to}\\s${half}$`);
}

async function personIdOf(page: Page, name: string): Promise<string> {
  const person = (await readStores(page)).people?.find((record) => record.name === name);
  if (!person) throw new Error(`${name} is not stored`);
  return String(person.id);
}

test('add a person, edit their details and free periods with the keyboard, archive; all kept after a reload', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await expect(page).toHaveTitle('Tandem options');
  const region = people(page);
  await expect(region.getByText('No people yet.')).toBeVisible();

  // An empty name is refused in plain words.
  await region.getByRole('button', { name: 'Add person' }).click();
  await expect(region.getByText('Type a name: who is this person?')).toBeVisible();
  await addPerson(page, 'Marcus Lee');
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee']);

  await region.getByRole('button', { name: 'Edit Marcus Lee' }).click();
  const editor = region.getByRole('form', { name: 'Edit Marcus Lee' });
  const email = editor.getByRole('textbox', { name: 'E-mail' });
  await email.fill('marcus@school');
  await editor.getByRole('textbox', { name: 'Strengths and interests' }).fill('Reading groups, art');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  // A bad address is named next to the field, which gets focus; nothing is saved yet.
  await expect(email).toHaveAccessibleDescription(/does not look like an e-mail address/);
  await expect(email).toBeFocused();
  await email.fill('marcus@lincoln-ms.example');
  // His day and week cards in Spanish (issue 13): the languages are named in themselves.
  await editor.getByRole('combobox', { name: 'Language of their cards' }).selectOption({ label: 'Español' });

  // Free periods on the grid, from the keyboard: one Tab stop, arrow keys move, Space and Enter toggle.
  await editor.getByRole('textbox', { name: 'Strengths and interests' }).focus();
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: cellName('Monday', '7:30', '8:00', 'AM') })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 11; i++) await page.keyboard.press('ArrowDown');
  const tuesday1300 = editor.getByRole('button', { name: cellName('Tuesday', '1:00', '1:30', 'PM') });
  await expect(tuesday1300).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await expect(tuesday1300).toHaveAttribute('aria-pressed', 'true');
  const tuesday1330 = editor.getByRole('button', { name: cellName('Tuesday', '1:30', '2:00', 'PM') });
  await expect(tuesday1330).toHaveAttribute('aria-pressed', 'true');
  const friday1330 = editor.getByRole('button', { name: cellName('Friday', '1:30', '2:00', 'PM') });
  await expect(friday1330).toHaveAttribute('aria-pressed', 'true');
  // Pressing a marked cell again unmarks it.
  await page.keyboard.press('Space');
  await expect(friday1330).toHaveAttribute('aria-pressed', 'false');
  // One Tab leaves the grid for the Save button.
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('button', { name: 'Save changes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toHaveText('Saved Marcus Lee.');
  // Focus goes back to the Edit button that opened the editor.
  await expect(region.getByRole('button', { name: 'Edit Marcus Lee' })).toBeFocused();
  await expect(peopleList(page)).toContainText('marcus@lincoln-ms.example');
  await expect(peopleList(page)).toContainText('free periods: 1');

  // The two touching half hours were stored as one period (Tuesday = 2, 13:00–14:00).
  const stored = (await readStores(page)).people?.[0];
  expect(stored).toMatchObject({
    name: 'Marcus Lee',
    email: 'marcus@lincoln-ms.example',
    strengths: 'Reading groups, art',
    freePeriods: [{ weekday: 2, start: 780, end: 840 }],
    cardLanguage: 'es',
    archived: false,
  });

  await region.getByRole('button', { name: 'Archive Marcus Lee' }).click();
  await expect(region.getByRole('status')).toContainText('Archived Marcus Lee');
  await expect.poll(() => listedNames(page)).toEqual([]);
  await expect(region.getByText('Everyone is archived.')).toBeVisible();

  await page.reload();
  const after = people(page);
  await expect(after.getByText('Everyone is archived.')).toBeVisible();
  await after.getByRole('checkbox', { name: 'Show archived people (1)' }).check();
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee']);
  await expect(peopleList(page)).toContainText('archived');
  await after.getByRole('button', { name: 'Unarchive Marcus Lee' }).click();
  await after.getByRole('checkbox', { name: /Show archived people/ }).uncheck();
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee']);
  await after.getByRole('button', { name: 'Edit Marcus Lee' }).click();
  const reopened = after.getByRole('form', { name: 'Edit Marcus Lee' });
  await expect(reopened.getByRole('textbox', { name: 'E-mail' })).toHaveValue('marcus@lincoln-ms.example');
  await expect(reopened.getByRole('textbox', { name: 'Strengths and interests' })).toHaveValue('Reading groups, art');
  await expect(reopened.getByRole('combobox', { name: 'Language of their cards' })).toHaveValue('es');
  await expect(reopened.getByRole('button', { name: cellName('Tuesday', '1:00', '1:30', 'PM') })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(reopened.getByRole('button', { name: cellName('Tuesday', '2:00', '2:30', 'PM') })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(extensionErrors).toEqual([]);
});

test('a free period that does not fit the half-hour grid is listed and kept, never dropped', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await addPerson(page, 'Ana Ruiz', 'ELL teacher');
  const id = await personIdOf(page, 'Ana Ruiz');
  const [stored] = (await readStores(page)).people ?? [];
  // 13:05–13:50 on Wednesday (as the Calendar panel can store it), and a Saturday.
  const odd = { weekday: 3, start: 785, end: 830 };
  const saturday = { weekday: 6, start: 540, end: 600 };
  await putRecords(page, 'people', [
    { ...stored, id, freePeriods: [odd, saturday, { weekday: 1, start: 480, end: 510 }] },
  ]);
  await page.reload();
  const region = people(page);
  await region.getByRole('button', { name: 'Edit Ana Ruiz' }).click();
  const editor = region.getByRole('form', { name: 'Edit Ana Ruiz' });
  await expect(editor.getByText('do not fit the half-hour grid')).toBeVisible();
  await expect(editor.getByRole('button', { name: /^Remove free period Wednesday/ })).toBeVisible();
  await expect(editor.getByRole('button', { name: /^Remove free period Saturday/ })).toBeVisible();
  await expect(editor.getByRole('button', { name: cellName('Monday', '8:00', '8:30', 'AM') })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // Marking another cell and saving keeps the two odd periods exactly as they were.
  await editor.getByRole('button', { name: cellName('Thursday', '9:00', '9:30', 'AM') }).click();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(region.getByRole('status')).toHaveText('Saved Ana Ruiz.');
  const after = (await readStores(page)).people?.[0];
  expect(after?.freePeriods).toEqual([
    { weekday: 1, start: 480, end: 510 },
    { weekday: 4, start: 540, end: 570 },
    odd,
    saturday,
  ]);
  expect(extensionErrors).toEqual([]);
});

test('saving a person writes only what was edited there, not over what Calendar saved meanwhile', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await addPerson(page, 'Marcus Lee');
  const region = people(page);
  await region.getByRole('button', { name: 'Edit Marcus Lee' }).click();
  const editor = region.getByRole('form', { name: 'Edit Marcus Lee' });
  // While the editor is open, the Calendar panel saves his e-mail and a free period.
  const [stored] = (await readStores(page)).people ?? [];
  const fromCalendar = { email: 'marcus@lincoln-ms.example', freePeriods: [{ weekday: 3, start: 780, end: 840 }] };
  await putRecords(page, 'people', [{ ...stored, ...fromCalendar }]);

  await editor.getByRole('textbox', { name: 'Strengths and interests' }).fill('Reading groups');
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(region.getByRole('status')).toHaveText('Saved Marcus Lee.');
  expect((await readStores(page)).people?.[0]).toMatchObject({ ...fromCalendar, strengths: 'Reading groups' });
  expect(extensionErrors).toEqual([]);
});

test('your name and school day are saved and shape the free-period grid', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  const region = you(page);
  await region.getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  await region.getByRole('textbox', { name: 'Your name' }).press('Tab');
  await expect(region.getByRole('status')).toHaveText('Saved');
  await region.getByRole('checkbox', { name: 'Saturday' }).check();
  await expect(region.getByRole('status')).toHaveText('Saved');
  await page.reload();
  await expect(you(page).getByRole('textbox', { name: 'Your name' })).toHaveValue('Dana Rivera');
  await expect(you(page).getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
  await addPerson(page, 'Marcus Lee');
  await people(page).getByRole('button', { name: 'Edit Marcus Lee' }).click();
  await expect(people(page).getByRole('button', { name: cellName('Saturday', '7:30', '8:00', 'AM') })).toBeVisible();
  expect(extensionErrors).toEqual([]);
});

/** Marcus, a thank-you note about him, and a lesson plan made in the Classroom panel. */
async function seedEverything(page: Page) {
  await addPerson(page, 'Marcus Lee');
  const marcus = await personIdOf(page, 'Marcus Lee');
  await putRecords(page, 'notes', [
    noteRow({
      id: 'note:seeded-1',
      text: 'Thank you for running the ratio re-teach group',
      kind: 'thank-you',
      personId: marcus,
      createdAt: new Date(),
    }),
  ]);
  const classroom = await page.context().newPage();
  const lesson = await openLesson(classroom);
  await lesson.getByRole('radio', { name: 'Station teaching' }).check();
  await expectSaved(classroom);
  await classroom.close();
  await page.reload();
  return { marcus };
}

async function deleteAll(page: Page) {
  const region = backup(page);
  await region.getByRole('button', { name: 'Delete all my data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your Tandem data?' });
  await expect(dialog).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(region.getByRole('status').filter({ hasText: 'all your Tandem data was deleted' })).toBeVisible();
}

test('export a backup, delete all data, import it back: everything returns', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  const page = await openOptions(context, extensionId);
  await seedEverything(page);
  const before = await readStores(page);
  expect(before.plans).toHaveLength(1);

  const region = backup(page);
  await expect(region.getByText('You have never exported a backup.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tandem-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'tandem-backup', version: 4 });
  expect(exported.records.notes[0].text).toBe('Thank you for running the ratio re-teach group');
  // The reminder gives way to the date of the backup.
  await expect(region.getByText(/^Last backup: /)).toBeVisible();
  await expect(region.getByText('You have never exported a backup.')).toBeHidden();
  // Beside the data, the privacy statement (PRIVACY.md, built in) opens in its own tab, drawn as text.
  const opening = context.waitForEvent('page');
  await region.getByRole('link', { name: 'Privacy statement' }).click();
  const privacy = await opening;
  await expect(privacy.getByRole('heading', { level: 1, name: 'Tandem privacy statement' })).toBeVisible();
  await expect(privacy.getByRole('heading', { level: 2, name: 'Permissions, and why each is needed' })).toBeVisible();
  await expect(privacy.locator('code', { hasText: 'activeTab' }).first()).toBeVisible();
  await expect(privacy).toHaveTitle('Tandem privacy statement');
  await privacy.close();

  await deleteAll(page);
  await expect(people(page).getByText('No people yet.')).toBeVisible();
  const emptied = await readStores(page);
  for (const [store, records] of Object.entries(emptied)) expect(records, store).toEqual([]);

  // Import with Merge into the empty database: the preview says what comes back.
  await region.getByLabel('Backup file').setInputFiles(file);
  const preview = region.getByRole('table', { name: 'If you merge, table by table' });
  await expect(preview.getByRole('row', { name: /^People 1 0 0 0$/i })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Lesson plans 1 0 0 0$/i })).toBeVisible();
  await expect(preview.getByRole('row', { name: /^Notes 1 0 0 0$/i })).toBeVisible();
  await region.getByRole('button', { name: 'Merge' }).click();
  await expect(region.getByText(/^Merged\. New from the file: 3\./)).toBeVisible();

  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee']);
  const after = await readStores(page);
  for (const store of ['people', 'plans', 'notes']) expect(after[store], store).toEqual(before[store]);
  // The note is back where it is used: in Marcus's thank-you message.
  await expect(thanks(page).getByRole('textbox', { name: 'Message for Marcus Lee' })).toHaveValue(
    /• Thank you for running the ratio re-teach group/,
  );
  // And the plan in its lesson's panel.
  const classroom = await context.newPage();
  await openLesson(classroom);
  await expect(panel(classroom).getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  expect(extensionErrors).toEqual([]);
});

test('replace everything keeps a snapshot that can be restored', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  const page = await openOptions(context, extensionId);
  await addPerson(page, 'Marcus Lee');
  const region = backup(page);
  const downloading = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Export backup' }).click();
  const file = testInfo.outputPath('marcus-only.json');
  await (await downloading).saveAs(file);
  await addPerson(page, 'Zoe Park', 'Special-education teacher');

  await region.getByLabel('Backup file').setInputFiles(file);
  await region.getByRole('button', { name: 'Replace everything' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace everything with this backup?' });
  await expect(dialog).toContainText('A snapshot of your data as it is now is kept first');
  // The safe choice has focus; Escape cancels and nothing changes.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus returns to the button that opened the dialog.
  await expect(region.getByRole('button', { name: 'Replace everything' })).toBeFocused();
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee', 'Zoe Park']);

  await region.getByRole('button', { name: 'Replace everything' }).click();
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(region.getByText(/^Replaced: Tandem now holds the file's records/)).toBeVisible();
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee']);

  const restore = region.getByRole('button', { name: /^Restore the snapshot from / });
  await expect(restore).toHaveCount(1);
  await restore.click();
  const confirm = page.getByRole('dialog', { name: /^Restore the snapshot from / });
  await expect(confirm).toContainText('people: 2');
  await confirm.getByRole('button', { name: 'Restore snapshot' }).click();
  await expect(region.getByText(/^Restored the snapshot from /)).toBeVisible();
  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee', 'Zoe Park']);
  expect(extensionErrors).toEqual([]);
});

test('a broken file shows what is wrong and changes nothing', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  const page = await openOptions(context, extensionId);
  await addPerson(page, 'Marcus Lee');
  const region = backup(page);
  const downloading = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Export backup' }).click();
  const file = testInfo.outputPath('good.json');
  await (await downloading).saveAs(file);
  const good = await readFile(file, 'utf8');
  await addPerson(page, 'Zoe Park');
  const storedBefore = await readStores(page);

  const input = region.getByLabel('Backup file');
  const truncated = good.slice(0, Math.floor(good.length / 2));
  await input.setInputFiles({ name: 'cut-off.json', mimeType: 'application/json', buffer: Buffer.from(truncated) });
  const alert = region.getByRole('alert');
  await expect(alert).toContainText('Tandem cannot import cut-off.json');
  await expect(alert).toContainText('ends too early');
  await expect(alert).toContainText('Nothing was changed.');
  await expect(region.getByRole('button', { name: 'Merge' })).toHaveCount(0);

  const withUnknownField = JSON.parse(good);
  withUnknownField.records.people[0].colour = 'red';
  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(withUnknownField)),
  });
  await expect(alert).toContainText('Tandem cannot import edited.json');
  await expect(alert).toContainText('“colour” is not a field Tandem knows');
  await expect(alert).toContainText('Record 1');
  await expect(region.getByRole('button', { name: 'Merge' })).toHaveCount(0);

  await expect.poll(() => listedNames(page)).toEqual(['Marcus Lee', 'Zoe Park']);
  expect(await readStores(page)).toEqual(storedBefore);
  expect(extensionErrors).toEqual([]);
});

test("the thank-you message gathers a person's thank-you notes of the month", async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await you(page).getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  await you(page).getByRole('textbox', { name: 'Your name' }).press('Tab');
  await expect(you(page).getByRole('status')).toHaveText('Saved');
  await addPerson(page, 'Zoe Park');
  await addPerson(page, 'Marcus Lee');
  const marcus = await personIdOf(page, 'Marcus Lee');
  const zoe = await personIdOf(page, 'Zoe Park');
  const now = new Date();
  const earlier = new Date(now.getFullYear(), now.getMonth(), 1, 8, 0);
  const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 15, 12, 0);
  await putRecords(page, 'notes', [
    noteRow({
      id: 'note:1',
      text: 'Calmed J.M. after recess',
      kind: 'thank-you',
      personId: marcus,
      createdAt: earlier,
    }),
    noteRow({
      id: 'note:2',
      text: 'Ran the stations\nwhile I was out',
      kind: 'thank-you',
      personId: marcus,
      createdAt: now,
    }),
    noteRow({ id: 'note:3', text: 'Group B needs re-teaching', kind: 'observation', personId: marcus, createdAt: now }),
    noteRow({ id: 'note:4', text: 'Prepared the lab kits', kind: 'thank-you', personId: zoe, createdAt: now }),
    noteRow({ id: 'note:5', text: 'Covered my duty', kind: 'thank-you', personId: marcus, createdAt: lastMonth }),
  ]);
  await page.reload();
  const region = thanks(page);
  const month = (date: Date) => date.toLocaleString('en-US', { month: 'long', year: 'numeric' });
  await region.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Marcus Lee' });
  const message = region.getByRole('textbox', { name: 'Message for Marcus Lee' });
  await expect(message).toHaveValue(
    [
      'Dear Marcus Lee,',
      '',
      `Thank you for everything you did in ${month(now)}:`,
      '• Calmed J.M. after recess',
      '• Ran the stations while I was out',
      '',
      'With thanks,',
      'Dana Rivera',
    ].join('\n'),
  );
  await expect(message).toHaveAttribute('readonly', '');

  await region.getByRole('button', { name: 'Copy message' }).click();
  await expect(region.getByRole('status')).toHaveText('Copied. Paste it into an e-mail or a card.');
  // What was copied, pasted where a teacher would: a multi-line field (the person editor's strengths).
  await people(page).getByRole('button', { name: 'Edit Marcus Lee' }).click();
  const strengths = people(page).getByRole('textbox', { name: 'Strengths and interests' });
  await strengths.focus();
  await page.keyboard.press('ControlOrMeta+v');
  await expect(strengths).toHaveValue(await message.inputValue());

  // Last month holds one thank-you; a month without any says so.
  // A month list and a year box (components/ui/MonthField.tsx: Firefox has no month input).
  const chooseMonth = async (date: Date) => {
    await region.getByRole('spinbutton', { name: 'Year' }).fill(String(date.getFullYear()));
    await region
      .getByRole('combobox', { name: 'Month' })
      .selectOption({ label: date.toLocaleString('en-US', { month: 'long' }) });
  };
  await chooseMonth(lastMonth);
  await expect(message).toHaveValue(/• Covered my duty\n\nWith thanks,/);
  await expect(message).not.toHaveValue(/Calmed/);
  await chooseMonth(new Date(now.getFullYear(), now.getMonth() - 2, 1));
  await expect(region.getByText(/^No Thank-you notes about Marcus Lee in /)).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Message for Marcus Lee' })).toHaveCount(0);

  await region.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Zoe Park' });
  await chooseMonth(now);
  await expect(region.getByRole('textbox', { name: 'Message for Zoe Park' })).toHaveValue(/• Prepared the lab kits/);
  expect(extensionErrors).toEqual([]);
});

test('keyboard only: every section is reached and used with Tab, Enter and Space', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const page = await openOptions(context, extensionId);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'People' })).toBeFocused();

  // People: add with Enter, edit, mark a free period with Space, save, archive and bring back.
  const region = people(page);
  await tabTo(page, region.getByRole('textbox', { name: 'Name of someone you work with' }));
  await page.keyboard.type('Marcus Lee');
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toContainText('Added Marcus Lee');
  await tabTo(page, region.getByRole('button', { name: 'Edit Marcus Lee' }));
  await page.keyboard.press('Enter');
  const firstCell = region.getByRole('button', { name: cellName('Monday', '7:30', '8:00', 'AM') });
  await tabTo(page, firstCell);
  await page.keyboard.press('Space');
  await expect(firstCell).toHaveAttribute('aria-pressed', 'true');
  await tabTo(page, region.getByRole('button', { name: 'Save changes' }));
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toHaveText('Saved Marcus Lee.');
  await tabTo(page, region.getByRole('button', { name: 'Archive Marcus Lee' }));
  await page.keyboard.press('Space');
  await expect(region.getByRole('status')).toContainText('Archived Marcus Lee');
  // The row left the list with the button that had focus: focus is on the way back to it, not lost.
  await expect(region.getByRole('checkbox', { name: 'Show archived people (1)' })).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page, region.getByRole('button', { name: 'Unarchive Marcus Lee' }));
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toContainText('Marcus Lee is back');

  // Your name and school day.
  await tabTo(page, you(page).getByRole('textbox', { name: 'Your name' }));
  await page.keyboard.type('Dana Rivera');
  await page.keyboard.press('Tab');
  await expect(you(page).getByRole('status')).toHaveText('Saved');
  await tabTo(page, you(page).getByRole('checkbox', { name: 'Saturday' }));
  await page.keyboard.press('Space');
  await expect(you(page).getByRole('checkbox', { name: 'Saturday' })).toBeChecked();

  // Thank-you notes: the person and the month are reachable.
  await tabTo(page, thanks(page).getByRole('combobox', { name: 'Person' }));
  await tabTo(page, thanks(page).getByLabel('Month'));
  await expect(thanks(page).getByText(/^No Thank-you notes about Marcus Lee/)).toBeVisible();

  // Backup: export with Enter, import with the file picker opened from the keyboard, merge.
  const data = backup(page);
  await tabTo(page, data.getByRole('button', { name: 'Export backup' }));
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = testInfo.outputPath('keyboard.json');
  await (await downloading).saveAs(file);
  await expect(data.getByRole('status').filter({ hasText: /^Saved tandem-backup-/ })).toBeVisible();
  // Focus stays where the teacher pressed, not moved on to the next control while the file was made.
  await expect(data.getByRole('button', { name: 'Export backup' })).toBeFocused();
  await tabTo(page, data.getByLabel('Backup file'));
  // The file picker itself is the system's dialog, outside the page: the file is handed to the focused
  // input directly. (Waiting for Space to open the chooser timed out on a busy machine.)
  await data.getByLabel('Backup file').setInputFiles(file);
  await tabTo(page, data.getByRole('button', { name: 'Merge' }));
  await page.keyboard.press('Enter');
  // Focus lands on the outcome, so the next Tab continues from there.
  await expect(data.locator(':focus')).toContainText(/^Merged\./);

  // Delete all: the dialog takes focus in its confirmation field.
  await tabTo(page, data.getByRole('button', { name: 'Delete all my data…' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete all your Tandem data?' });
  await expect(dialog.getByRole('textbox', { name: 'Type DELETE to confirm' })).toBeFocused();
  await page.keyboard.type('DELETE');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete everything' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(data.getByRole('status').filter({ hasText: 'all your Tandem data was deleted' })).toBeVisible();
  await expect(people(page).getByText('No people yet.')).toBeVisible();
  expect(extensionErrors).toEqual([]);
});

test('axe finds no serious or critical violation, in light and dark, with a person, the preview and a dialog', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const page = await openOptions(context, extensionId);
  await seedEverything(page);
  const data = backup(page);
  const downloading = page.waitForEvent('download');
  await data.getByRole('button', { name: 'Export backup' }).click();
  const file = testInfo.outputPath('axe.json');
  await (await downloading).saveAs(file);
  // A change after the export makes a conflict for the preview to list.
  await people(page).getByRole('button', { name: 'Edit Marcus Lee' }).click();
  await people(page).getByRole('textbox', { name: 'E-mail' }).fill('marcus@lincoln-ms.example');
  await people(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(people(page).getByRole('status')).toHaveText('Saved Marcus Lee.');
  await people(page).getByRole('button', { name: 'Edit Marcus Lee' }).click();
  await data.getByLabel('Backup file').setInputFiles(file);
  await expect(data.getByText('Marcus Lee (people): your version is newer and is kept')).toBeVisible();

  expect(await seriousViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colourViolations(page), 'dark').toEqual([]);
  await data.getByRole('button', { name: 'Replace everything' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page), 'with the dialog open').toEqual([]);
  expect(extensionErrors).toEqual([]);
});
