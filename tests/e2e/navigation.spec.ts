import { expect, swapToFixture, test } from './harness';
import { DENSITY_NOTES_URL, expectSaved, LAB_REPORT_URL, openLesson, panel } from './lesson-plan-page';

test('single-page navigation between two lessons and Back: the panel follows, with no leftovers', async ({
  context,
}) => {
  const page = await context.newPage();
  const first = await openLesson(page, LAB_REPORT_URL);
  await first.getByRole('radio', { name: 'Team teaching' }).check();
  await expectSaved(page);

  await swapToFixture(page, DENSITY_NOTES_URL);
  await expect(panel(page)).toHaveCount(1);
  await expect(panel(page).getByText('Density Notes (slides)')).toBeVisible();
  await expect(panel(page).getByRole('radio', { name: 'Team teaching' })).not.toBeChecked();
  await panel(page).getByRole('radio', { name: 'Lead and roam' }).check();
  await expectSaved(page);

  await page.goBack();
  await expect(page).toHaveURL(LAB_REPORT_URL);
  await expect(panel(page)).toHaveCount(1);
  await expect(panel(page).getByRole('radio', { name: 'Team teaching' })).toBeChecked();

  await page.goForward();
  await expect(page).toHaveURL(DENSITY_NOTES_URL);
  await expect(panel(page)).toHaveCount(1);
  await expect(panel(page).getByRole('radio', { name: 'Lead and roam' })).toBeChecked();
});
