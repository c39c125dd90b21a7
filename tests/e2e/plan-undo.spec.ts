import { expect, test } from './harness';
import { addNewPerson, chooseOption, expectSaved, openLesson } from './lesson-plan-page';

// Issue 14 item 3: every removal in the plan editor can be undone, the way notes have it
// (components/lesson-plan/RemovalUndo.tsx): the row comes back whole, at its place, and is saved.

test('a removed station comes back whole with Undo and is saved; a removed adult comes back by keyboard', async ({
  context,
}) => {
  const page = await context.newPage();
  let region = await openLesson(page);
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await region.getByRole('textbox', { name: 'Station 2 name' }).fill('Measure volume');
  await chooseOption(region.getByRole('combobox', { name: 'Station 2 led by' }), 'Marcus Lee');
  await region.getByRole('spinbutton', { name: 'Station 2 minutes' }).fill('20');
  await region.getByRole('textbox', { name: 'Station 3 name' }).fill('Density practice');
  await expectSaved(page);

  // Removed: the notice says what went, in the panel's polite live region (its one status is the save state).
  await region.getByRole('button', { name: 'Remove station 2' }).click();
  const notice = region.locator('[aria-live="polite"]', { hasText: 'Removed station 2, Measure volume.' });
  await expect(notice).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Station 2 name' })).toHaveValue('Density practice');
  const undo = notice.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAccessibleDescription('Removed station 2, Measure volume.');
  await expectSaved(page);

  // Undo: back at its place with its leader and minutes; focus on the restored row; the offer is gone.
  await undo.click();
  const name = region.getByRole('textbox', { name: 'Station 2 name' });
  await expect(name).toHaveValue('Measure volume');
  await expect(name).toBeFocused();
  await expect(region.getByRole('textbox', { name: 'Station 3 name' })).toHaveValue('Density practice');
  await expect(region.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expectSaved(page);

  // An adult, by keyboard only: Enter on Remove, then Enter on Undo (focus is there).
  await region.getByRole('button', { name: 'Remove Marcus Lee from this lesson' }).focus();
  await page.keyboard.press('Enter');
  await expect(region.getByText('Removed Marcus Lee.')).toBeVisible();
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveCount(0);
  await expect(region.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toBeFocused();
  await expectSaved(page);

  // Saved the durable way: all of it is there after a reload.
  await page.reload();
  region = await openLesson(page, page.url());
  await expect(region.getByRole('textbox', { name: 'Station 2 name' })).toHaveValue('Measure volume');
  await expect(region.getByRole('combobox', { name: 'Station 2 led by' }).locator('option:checked')).toHaveText(
    'Marcus Lee',
  );
  await expect(region.getByRole('spinbutton', { name: 'Station 2 minutes' })).toHaveValue('20');
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toBeVisible();
});
