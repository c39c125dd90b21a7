import { expect, test } from './harness';
import { expectSaved, openLesson, panel } from './panel-page';

test("a synthetic click dispatched by the page's own script triggers no panel action", async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Team teaching' }).check();
  await expectSaved(page);

  // The Google page's own script (main world) reaches into the open shadow root and clicks.
  await page.evaluate(() => {
    const root = document.querySelector('[data-tandem-host="tandem-plan"]')?.shadowRoot;
    if (!root) throw new Error('panel host not found');
    const radio = [...root.querySelectorAll('input[type="radio"]')].find((input) =>
      input.closest('label')?.textContent?.includes('Station teaching'),
    ) as HTMLInputElement | undefined;
    radio?.click();
    const addMaterial = [...root.querySelectorAll('button')].find((button) => button.textContent === 'Add material');
    addMaterial?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const goal = root.querySelector('textarea') as HTMLTextAreaElement | null;
    if (goal) {
      goal.value = 'written by the page';
      goal.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    if (!radio || !addMaterial || !goal) throw new Error('controls not found');
  });

  await expect(region.getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await expect(region.getByRole('radio', { name: 'Station teaching' })).not.toBeChecked();
  await expect(region.getByRole('textbox', { name: 'Material 1' })).toHaveCount(0);
  await page.reload();
  await expect(panel(page).getByRole('radio', { name: 'Team teaching' })).toBeChecked();
  await expect(panel(page).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('');
  await expect(panel(page).getByRole('textbox', { name: 'Material 1' })).toHaveCount(0);
});
