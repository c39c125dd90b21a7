import { expect, test } from './harness';
import {
  addNewPerson,
  chooseOption,
  DENSITY_NOTES_URL,
  expectSaved,
  NO_HOOKS_URL,
  openLesson,
} from './lesson-plan-page';

// Issue 14 item 2: a plan is copied from another lesson of the class, or from a template, into the panel as the
// teacher's own edits (components/lesson-plan/CopyPlanControl.tsx), and saved like any edit.

test('copy a plan from another lesson and apply a template', async ({ context }) => {
  const page = await context.newPage();
  let region = await openLesson(page);
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await region.getByRole('textbox', { name: 'Station 2 name' }).fill('Measure volume');
  await region.getByRole('textbox', { name: 'Lesson goal' }).fill('Compare the density of liquids');
  await expectSaved(page);

  // Save as template, by keyboard: the name field, then Enter on the button.
  await region.getByRole('button', { name: 'Save as template' }).click();
  await region.getByRole('textbox', { name: 'Template name' }).fill('Friday lab');
  await region.getByRole('button', { name: 'Save template' }).focus();
  await page.keyboard.press('Enter');
  await expect(region.getByText('Saved as template “Friday lab”.')).toBeVisible();

  // Another lesson of the class, not planned yet: the Lab Report is offered with its model and adult.
  region = await openLesson(page, DENSITY_NOTES_URL);
  await region.getByRole('button', { name: 'Copy plan from…' }).click();
  const from = region.getByRole('combobox', { name: 'Copy from' });
  await expect(from.locator('option')).toHaveText([/ — Station teaching · Marcus Lee$/, 'Template: Friday lab']);
  // An empty plan has nothing to replace: no question asked.
  await region.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(region.getByText(/^Copied from /)).toBeVisible();
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Station 2 name' })).toHaveValue('Measure volume');
  // The goal is the lesson's own: never copied.
  await expect(region.getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('');
  await expectSaved(page);
  await page.reload();
  region = await openLesson(page, DENSITY_NOTES_URL);
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toBeVisible();
  await expect(region.getByRole('textbox', { name: 'Station 2 name' })).toHaveValue('Measure volume');

  // A third lesson with a plan of its own: applying the template asks first, then replaces it.
  region = await openLesson(page, NO_HOOKS_URL);
  await region.getByRole('radio', { name: 'Team teaching' }).check();
  await expectSaved(page);
  await region.getByRole('button', { name: 'Copy plan from…' }).click();
  await chooseOption(region.getByRole('combobox', { name: 'Copy from' }), 'Template: Friday lab');
  await region.getByRole('button', { name: 'Copy', exact: true }).click();
  const replace = region.getByRole('button', { name: 'Replace' });
  await expect(replace).toHaveAccessibleDescription(
    'This replaces the model, adults, stations, groups, phases, materials and how learning is checked of this plan.',
  );
  await expect(region.getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await replace.click();
  await expect(region.getByText('Copied from Friday lab.')).toBeVisible();
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expectSaved(page);
  await page.reload();
  region = await openLesson(page, NO_HOOKS_URL);
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(region.getByRole('textbox', { name: 'Station 2 name' })).toHaveValue('Measure volume');
  await expect(region.getByRole('combobox', { name: 'Role for Marcus Lee' })).toBeVisible();
});
