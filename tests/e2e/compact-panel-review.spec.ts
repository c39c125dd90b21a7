import { expect, test } from './harness';
import { LAB_REPORT_URL, openLessonCompact } from './lesson-plan-page';

// Issue 14 item 1, the compact plan under what a teacher's day brings: an extension update under an open tab,
// after which the full plan's chunk can no longer load and the i18n API no longer answers the old script.

test('after an update, opening the full plan from the compact plan says in words that it could not open', async ({
  context,
  updateExtension,
}) => {
  const page = await context.newPage();
  const region = await openLessonCompact(page, LAB_REPORT_URL);
  // The strings a later paint needs are cached once the page is idle (lesson-plan.chunk.tsx): let it be.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));

  await updateExtension();
  await region.getByRole('button', { name: 'Open full plan' }).click();
  await expect(region.getByRole('alert')).toHaveText(/The full plan could not open\. Reload the page/);
  // The header's button is still in words (not the message's key), and says what it does now.
  await expect(region.getByRole('button', { name: 'Close full plan' })).toHaveAttribute('aria-expanded', 'true');
  await region.getByRole('button', { name: 'Close full plan' }).click();
  await expect(region.getByRole('button', { name: 'Open full plan' })).toHaveAttribute('aria-expanded', 'false');
  await expect(region.getByRole('radiogroup', { name: 'Co-teaching model' })).toBeVisible();
});
