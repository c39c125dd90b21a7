import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './harness';
import { expectSaved, openLesson, panel } from './lesson-plan-page';

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

test('the whole tagging flow by keyboard alone', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);

  // Add a supporting adult: type a name, choose the kind, press the button — all from the keyboard.
  await tabTo(page, region.getByRole('textbox', { name: "New person's name" }));
  await page.keyboard.type('Zoe Park');
  await page.keyboard.press('Tab');
  await expect(region.getByRole('combobox', { name: 'Kind', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const role = region.getByRole('combobox', { name: 'Role for Zoe Park' });
  await expect(role).toBeVisible();

  // Pick the model with arrow keys inside the radio group.
  await tabTo(page, region.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(region.getByRole('radio', { name: 'Lead and roam' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeChecked();

  // Give Zoe a role with the keyboard.
  await tabTo(page, role);
  await role.press('ArrowDown');
  await expect(role).not.toHaveValue('circulate');
  const chosenRole = await role.inputValue();

  // Name the first station.
  await tabTo(page, region.getByRole('textbox', { name: 'Station 1 name' }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Measure mass');
  await expectSaved(page);

  await page.reload();
  await expect(panel(page).getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(panel(page).getByRole('combobox', { name: 'Role for Zoe Park' })).toHaveValue(chosenRole);
  await expect(panel(page).getByRole('textbox', { name: 'Station 1 name' })).toHaveValue('Measure mass');
});

test('removing a row by keyboard keeps focus in the panel', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  const remove = region.getByRole('button', { name: 'Remove station 3' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('textbox', { name: 'Station 3 name' })).toHaveCount(0);
  // Focus stayed inside the Stations section, on the way back: Undo (components/lesson-plan/RemovalUndo.tsx).
  await expect(region.getByRole('button', { name: 'Undo' })).toBeFocused();
});
