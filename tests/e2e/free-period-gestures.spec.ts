import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { addPerson, openOptions, people, readStores } from './options-page';

// Issue 14, item 7: a run of free periods is one gesture on the options page's grid — a pointer drag
// (Playwright's mouse makes trusted input, as a real mouse does) or Shift + arrows then Space or Enter —
// and the cell a gesture starts on decides whether it marks or clears.

/** A grid cell's accessible name, e.g. "Tuesday 1:00 – 1:30 PM" (Intl's spaces vary). */
function cellName(day: string, from: string, to: string, half: 'AM' | 'PM'): RegExp {
  return new RegExp(`^${day} ${from}\\s*–\\s*${to}\\s${half}$`);
}

/** What the grid announces, with Intl's spaces around the dash matched loosely. */
function spoken(text: string): RegExp {
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ – /g, '\\s*–\\s*')
    .replace(/ (AM|PM)/g, '\\s$1');
  return new RegExp(`^${escaped}$`);
}

async function centre(cell: Locator): Promise<{ x: number; y: number }> {
  const box = await cell.boundingBox();
  if (!box) throw new Error('cell not laid out');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses the mouse on `from`, moves over the cells to `to` and, unless told to wait, releases there. */
async function drag(page: Page, from: Locator, to: Locator, release = true): Promise<void> {
  const start = await centre(from);
  const end = await centre(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 6 });
  if (release) await page.mouse.up();
}

test('a week of free periods entered by drag and by keyboard, and cleared the same ways', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await addPerson(page, 'Dana Ortiz');
  const region = people(page);
  await region.getByRole('button', { name: 'Edit Dana Ortiz' }).click();
  const editor = region.getByRole('form', { name: 'Edit Dana Ortiz' });
  const grid = editor.getByRole('table', { name: 'Weekly free periods of Dana Ortiz' });
  const cell = (day: string, from: string, to: string, half: 'AM' | 'PM') =>
    grid.getByRole('button', { name: cellName(day, from, to, half) });
  const marked = grid.getByRole('button', { pressed: true });
  const announced = editor.getByText(/^(Marked|Cleared|Selected|Selection)/);
  await expect(grid).toHaveAccessibleDescription(/drag across cells.*Shift \+ arrow keys/);

  // A plain click still toggles one cell (once: the click after the pointer's gesture is not a second toggle).
  const thursday0800 = cell('Thursday', '8:00', '8:30', 'AM');
  await thursday0800.click();
  await expect(thursday0800).toHaveAttribute('aria-pressed', 'true');
  await thursday0800.click();
  await expect(thursday0800).toHaveAttribute('aria-pressed', 'false');

  // Drag from Monday 1:00 PM to Friday 2:30 PM: the rectangle is shown while the button is held…
  await drag(page, cell('Monday', '1:00', '1:30', 'PM'), cell('Friday', '2:30', '3:00', 'PM'), false);
  await expect(cell('Wednesday', '2:00', '2:30', 'PM')).toHaveAttribute('aria-pressed', 'true');
  await expect(marked).toHaveCount(20);
  // …and kept on release: four half hours on each of five days.
  await page.mouse.up();
  await expect(announced).toHaveText(spoken('Marked Monday to Friday 1:00 – 3:00 PM.'));
  await expect(marked).toHaveCount(20);

  // A drag that starts on a marked cell clears: Wednesday and Thursday 1:00–2:00.
  await drag(page, cell('Wednesday', '1:00', '1:30', 'PM'), cell('Thursday', '1:30', '2:00', 'PM'));
  await expect(announced).toHaveText(spoken('Cleared Wednesday to Thursday 1:00 – 2:00 PM.'));
  await expect(marked).toHaveCount(16);
  await expect(cell('Thursday', '2:00', '2:30', 'PM')).toHaveAttribute('aria-pressed', 'true');

  // Escape during a drag cancels it: nothing changes.
  await drag(page, cell('Monday', '8:00', '8:30', 'AM'), cell('Monday', '9:00', '9:30', 'AM'), false);
  await expect(marked).toHaveCount(19);
  await page.keyboard.press('Escape');
  await expect(marked).toHaveCount(16);
  // Released back on the first cell, the click the browser sends after it toggles nothing either.
  const monday0800 = cell('Monday', '8:00', '8:30', 'AM');
  const back = await centre(monday0800);
  await page.mouse.move(back.x, back.y, { steps: 3 });
  await page.mouse.up();
  await expect(monday0800).toHaveAttribute('aria-pressed', 'false');

  // Keyboard: Shift + ArrowDown three times selects a run, Space marks it (the first cell was free).
  await cell('Tuesday', '8:00', '8:30', 'AM').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(cell('Tuesday', '9:30', '10:00', 'AM')).toBeFocused();
  await expect(announced).toHaveText(spoken('Selected Tuesday 8:00 – 10:00 AM. Space or Enter marks them.'));
  await page.keyboard.press('Space');
  await expect(announced).toHaveText(spoken('Marked Tuesday 8:00 – 10:00 AM.'));
  await expect(marked).toHaveCount(20);

  // Starting on a marked cell, Shift + ArrowUp then Enter clears the two half hours.
  await page.keyboard.press('Shift+ArrowUp');
  await expect(announced).toHaveText(spoken('Selected Tuesday 9:00 – 10:00 AM. Space or Enter clears them.'));
  await page.keyboard.press('Enter');
  await expect(announced).toHaveText(spoken('Cleared Tuesday 9:00 – 10:00 AM.'));
  await expect(marked).toHaveCount(18);

  // A plain arrow drops the selection: Space then toggles the one focused cell.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(cell('Monday', '9:30', '10:00', 'AM')).toHaveAttribute('aria-pressed', 'true');
  await expect(marked).toHaveCount(19);

  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(region.getByRole('status')).toHaveText('Saved Dana Ortiz.');
  const dana = (await readStores(page)).people?.find((person) => person.name === 'Dana Ortiz');
  const afternoon = { start: 780, end: 900 }; // 1:00–3:00 PM
  expect(dana?.freePeriods).toEqual([
    { weekday: 1, start: 570, end: 600 },
    { weekday: 1, ...afternoon },
    { weekday: 2, start: 480, end: 540 },
    { weekday: 2, ...afternoon },
    { weekday: 3, start: 840, end: 900 },
    { weekday: 4, start: 840, end: 900 },
    { weekday: 5, ...afternoon },
  ]);
  expect(extensionErrors).toEqual([]);
});
