import { colourViolations, seriousViolations } from './card-page';
import { expect, test } from './harness';
import { LAB_REPORT_URL, panel } from './lesson-plan-page';
import { classroomTabId, noteItem, noteList, openPopup, quickNote, saveNote } from './popup-page';

// The toolbar popup in real Chromium with the built extension: quick notes linked to the Classroom lesson
// open in a tab, the list below (search, done, edit, delete and undo), the privacy advice, keyboard-only
// capture and axe.

const LAB_TITLE = 'Lab Report: Density of Liquids';

test('a note written over a lesson is linked to it, listed with it, and shown in the lesson panel', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
  extensionErrors,
}) => {
  const lesson = await context.newPage();
  await openFixture(lesson, LAB_REPORT_URL);
  const lessonPanel = panel(lesson);
  await expect(lessonPanel.getByRole('radiogroup', { name: 'Co-teaching model' })).toBeVisible();

  const popup = await openPopup(context, extensionId, await classroomTabId(serviceWorker));
  await expect(popup.getByText(`Linked to: ${LAB_TITLE}`)).toBeVisible();
  await expect(popup.getByRole('button', { name: `Remove link to ${LAB_TITLE}` })).toBeVisible();

  await saveNote(popup, 'Group B needs the density table again', { kind: 'Follow-up' });
  const saved = noteItem(popup, 'Group B needs the density table again');
  await expect(saved).toContainText(LAB_TITLE);
  await expect(saved).toContainText('Follow-up');
  // Saved and ready for the next one.
  await expect(quickNote(popup)).toHaveValue('');
  await expect(quickNote(popup)).toBeFocused();

  // "This lesson only" keeps it; a note saved without the link is left out.
  await popup.getByRole('button', { name: `Remove link to ${LAB_TITLE}` }).click();
  await expect(popup.getByRole('button', { name: `Link again to ${LAB_TITLE}` })).toBeFocused();
  await saveNote(popup, 'Order more graduated cylinders');
  await expect(noteItem(popup, 'Order more graduated cylinders')).not.toContainText(LAB_TITLE);
  await popup.getByRole('checkbox', { name: 'This lesson only' }).check();
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(1);
  await expect(noteItem(popup, 'Group B needs the density table')).toBeVisible();

  // The lesson's full plan shows the note (the popup told the tab its notes changed).
  await lesson.bringToFront();
  await lessonPanel.getByRole('button', { name: 'Open full plan' }).click();
  const lessonNotes = lessonPanel.getByRole('list', { name: 'Notes on this lesson' });
  await expect(lessonNotes).toContainText('Group B needs the density table again');
  await expect(lessonNotes).not.toContainText('graduated cylinders');
  expect(extensionErrors).toEqual([]);
});

test('search as you type finds a note by part of a word and filters the others out', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('No notes yet')).toBeVisible();
  await saveNote(popup, 'Élodie’s group finished the density lab early', { kind: 'Observation' });
  await saveNote(popup, 'Thank Marcus for running the measuring station', { kind: 'Thank-you' });
  await saveNote(popup, 'Put station rotation on the next agenda', { kind: 'Agenda item' });

  const search = popup.getByRole('searchbox', { name: 'Search notes' });
  await search.fill('dens');
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(1);
  await expect(noteItem(popup, 'density lab early')).toBeVisible();

  // Accents and case do not matter; every word must match.
  await search.fill('ELODIE lab');
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(1);
  await search.fill('stat');
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(2);
  await popup.getByRole('combobox', { name: 'Show kind' }).selectOption({ label: 'Thank-you' });
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(1);
  await expect(noteItem(popup, 'Thank Marcus')).toBeVisible();

  await search.fill('volcano');
  await expect(popup.getByText('No notes match this search or filter.')).toBeVisible();
  await search.fill('');
  await popup.getByRole('combobox', { name: 'Show kind' }).selectOption({ label: 'All kinds' });
  await expect(noteList(popup).getByRole('listitem')).toHaveCount(3);
  expect(extensionErrors).toEqual([]);
});

test('keyboard only: type, Tab to the kind, choose it with the arrows, Ctrl+Enter saves', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const popup = await openPopup(context, extensionId);
  await popup.keyboard.type('Marcus calmed the hallway transition');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('radio', { name: 'Observation' })).toBeFocused();
  await popup.keyboard.press('ArrowRight');
  await expect(popup.getByRole('radio', { name: 'Thank-you' })).toBeChecked();
  await expect(popup.getByRole('radio', { name: 'Thank-you' })).toBeFocused();
  await popup.keyboard.press('Control+Enter');

  await expect(popup.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const saved = noteItem(popup, 'Marcus calmed the hallway transition');
  await expect(saved).toContainText('Thank-you');
  await expect(quickNote(popup)).toBeFocused();
  await expect(quickNote(popup)).toHaveValue('');
  // The kind is back to the default for the next note.
  await expect(popup.getByRole('radio', { name: 'Observation' })).toBeChecked();

  // Ctrl+Enter in the text box itself, and a second note tops the list.
  await popup.keyboard.type('Second note from the keyboard');
  await popup.keyboard.press('Control+Enter');
  await expect(noteList(popup).getByRole('listitem').first()).toContainText('Second note from the keyboard');

  // Edit from the keyboard: Tab to the note's Edit button, change the text, Escape cancels, focus comes back.
  const edit = noteItem(popup, 'Second note').getByRole('button', { name: 'Edit' });
  await edit.focus();
  await popup.keyboard.press('Enter');
  const editor = popup.getByRole('textbox', { name: 'Edit note' });
  await expect(editor).toBeFocused();
  await popup.keyboard.type(' (changed)');
  await popup.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(noteItem(popup, 'Second note from the keyboard')).not.toContainText('(changed)');
  await popup.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await popup.keyboard.press('End');
  await popup.keyboard.type(', edited');
  await popup.keyboard.press('Control+Enter');
  await expect(noteItem(popup, 'Second note from the keyboard, edited')).toBeVisible();
  await expect(edit).toBeFocused();
  expect(extensionErrors).toEqual([]);
});

test('a full name or a diagnosis gets gentle advice, and the note still saves', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const popup = await openPopup(context, extensionId);
  const advice = popup.getByRole('status').filter({ hasText: 'may name a student' });
  await quickNote(popup).fill('Jayden Smith hit Mia during stations, possible ADHD');
  await expect(advice).toContainText('Jayden Smith');
  await expect(advice).toContainText('J.S.');
  await expect(popup.getByRole('status').filter({ hasText: 'It mentions ADHD' })).toBeVisible();
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(noteItem(popup, 'Jayden Smith hit Mia')).toBeVisible();
  await expect(advice).toBeHidden();

  // Initials and a colleague's title and surname are fine.
  await quickNote(popup).fill('J.S. worked with Ms Rivera on Monday');
  await expect(popup.getByText('may name a student')).toBeHidden();
  expect(extensionErrors).toEqual([]);
});

test('delete then Undo brings the note back; Done is kept', async ({ context, extensionId, extensionErrors }) => {
  const popup = await openPopup(context, extensionId);
  await saveNote(popup, 'Book the laptop cart for Thursday', { kind: 'Follow-up' });
  await saveNote(popup, 'Swap who leads the stations', { kind: 'Agenda item' });

  await noteItem(popup, 'laptop cart').getByRole('button', { name: 'Delete' }).click();
  await expect(noteItem(popup, 'laptop cart')).toHaveCount(0);
  const undo = popup.getByRole('status').getByRole('button', { name: 'Undo' });
  await expect(popup.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(noteItem(popup, 'laptop cart')).toBeVisible();
  await expect(popup.getByRole('status').filter({ hasText: 'Note restored.' })).toBeVisible();
  // Back in its place, the older of the two.
  await expect(noteList(popup).getByRole('listitem').last()).toContainText('laptop cart');

  await noteItem(popup, 'laptop cart').getByRole('checkbox', { name: 'Done' }).check();
  await popup.getByRole('checkbox', { name: 'Hide done' }).check();
  await expect(noteItem(popup, 'laptop cart')).toHaveCount(0);
  await popup.reload();
  await expect(noteItem(popup, 'laptop cart').getByRole('checkbox', { name: 'Done' })).toBeChecked();
  await expect(noteItem(popup, 'Swap who leads').getByRole('checkbox', { name: 'Done' })).not.toBeChecked();
  expect(extensionErrors).toEqual([]);
});

test('ticking Done with "Hide done" on takes the note away, and focus to the note in its place', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const popup = await openPopup(context, extensionId);
  await saveNote(popup, 'Send Marcus the rubric', { kind: 'Follow-up' });
  await saveNote(popup, 'Swap who leads the stations', { kind: 'Agenda item' });
  await popup.getByRole('checkbox', { name: 'Hide done' }).check();

  await noteItem(popup, 'Swap who leads').getByRole('checkbox', { name: 'Done' }).press('Space');
  await expect(noteItem(popup, 'Swap who leads')).toHaveCount(0);
  await expect(noteItem(popup, 'Send Marcus').getByRole('checkbox', { name: 'Done' })).toBeFocused();
  // The last note too: then the search box, not the top of the popup.
  await popup.keyboard.press('Space');
  await expect(popup.getByText('No notes match this search or filter.')).toBeVisible();
  await expect(popup.getByRole('searchbox', { name: 'Search notes' })).toBeFocused();
  expect(extensionErrors).toEqual([]);
});

test('Show more pages through many notes, newest first, each once', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const popup = await openPopup(context, extensionId);
  // 120 notes straight into the extension's database (the popup page is the extension's origin); every
  // tenth shares its time with the one before, as imported notes can (two such pairs straddle a page end).
  const ids = await popup.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tandem');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = Array.from({ length: 120 }, (_, i) => {
      const at = new Date(Date.UTC(2025, 8, 1) + (i - (i % 10 === 0 && i > 0 ? 1 : 0)) * 60_000).toISOString();
      const text = `Paged note ${i}`;
      return {
        id: `note:${1000 + i}`,
        text,
        kind: 'observation',
        done: false,
        createdAt: at,
        updatedAt: at,
        words: ['paged', 'note', String(i)],
      };
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction('notes', 'readwrite');
      for (const row of rows) transaction.objectStore('notes').put(row);
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error);
    });
    db.close();
    return rows
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id))
      .map((row) => row.text);
  });
  await popup.reload();
  const items = noteList(popup).getByRole('listitem');
  await expect(items).toHaveCount(50);
  await popup.getByRole('button', { name: 'Show more' }).click();
  await expect(items).toHaveCount(100);
  // Focus lands on the first note added, not back at the top of the page.
  await expect(items.nth(50).getByRole('checkbox', { name: 'Done' })).toBeFocused();
  await popup.getByRole('button', { name: 'Show more' }).press('Enter');
  await expect(items).toHaveCount(120);
  await expect(popup.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(items.locator('.note-text')).toHaveText(ids);
  expect(extensionErrors).toEqual([]);
});

test('an unsaved note is still there when the popup opens again; "People and backup" opens the options page', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  let popup = await openPopup(context, extensionId);
  await popup.keyboard.type('Half-written thought about station 2');
  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(quickNote(popup)).toHaveValue('Half-written thought about station 2');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(noteItem(popup, 'Half-written thought')).toBeVisible();
  await popup.close();
  // Once saved, the next popup starts empty.
  popup = await openPopup(context, extensionId);
  await expect(noteItem(popup, 'Half-written thought')).toBeVisible();
  await expect(quickNote(popup)).toHaveValue('');

  const options = context.waitForEvent('page');
  await popup.getByRole('button', { name: 'People and backup' }).click();
  expect((await options).url()).toBe(`chrome-extension://${extensionId}/options.html`);
  expect(extensionErrors).toEqual([]);
});

test('a tab that is gone, or not Classroom, links nothing and breaks nothing', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const popup = await openPopup(context, extensionId, 987654);
  await saveNote(popup, 'Saved without a lesson');
  await expect(popup.getByText('Linked to:')).toBeHidden();
  await expect(popup.getByRole('checkbox', { name: 'This lesson only' })).toBeHidden();
  expect(extensionErrors).toEqual([]);
});

test('axe finds no serious or critical violation in the popup, with notes listed and one being edited', async ({
  context,
  extensionId,
  serviceWorker,
  openFixture,
}) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const lesson = await context.newPage();
  await openFixture(lesson, LAB_REPORT_URL);
  const popup = await openPopup(context, extensionId, await classroomTabId(serviceWorker));
  await expect(popup.getByText(`Linked to: ${LAB_TITLE}`)).toBeVisible();
  await saveNote(popup, 'Stations ran long; shorten station 3', { kind: 'Concern' });
  await saveNote(popup, 'Thanks for prepping the beakers', { kind: 'Thank-you' });
  await noteItem(popup, 'beakers').getByRole('checkbox', { name: 'Done' }).check();
  await noteItem(popup, 'Stations ran long').getByRole('button', { name: 'Edit' }).click();
  await quickNote(popup).fill('Jayden Smith and possible dyslexia');
  await expect(popup.getByRole('status').filter({ hasText: 'may name a student' })).toBeVisible();

  expect(await seriousViolations(popup), 'light').toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await colourViolations(popup), 'dark').toEqual([]);
});
