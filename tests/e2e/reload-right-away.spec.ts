import { expect, test } from './harness';
import { openLesson, panel } from './lesson-plan-page';

test('an edit made just before a reload is not lost', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('textbox', { name: 'Lesson goal' }).fill('Typed and reloaded at once');
  // No wait for "Saved": the reload comes inside the save delay.
  await page.reload();
  await expect(panel(page).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Typed and reloaded at once');
});
