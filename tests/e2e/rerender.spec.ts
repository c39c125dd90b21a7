import { expect, swapToFixture, test } from './harness';
import {
  badgeLinks,
  CLASSWORK_URL,
  classSummary,
  expectSaved,
  openLesson,
  panel,
  STREAM_URL,
} from './lesson-plan-page';

test('when Classroom re-renders and drops the panel, it comes back with the plan in it', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await expectSaved(page);

  await page.evaluate(() => {
    const host = document.querySelector('[data-tandem-host="tandem-plan"]');
    if (!host) throw new Error('no panel host');
    host.remove();
  });
  await expect(panel(page)).toHaveCount(1);
  await expect(panel(page).getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(panel(page).getByRole('textbox', { name: 'Station 1 name' })).toHaveValue('Station 1');
});

test('the class summary follows single-page navigation from Classwork to the Stream', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CLASSWORK_URL);
  const summary = classSummary(page);
  await expect(summary).toContainText('On this page: 0 of 8 lessons planned');

  await swapToFixture(page, STREAM_URL);
  await expect(classSummary(page)).toHaveCount(1);
  await expect(summary).toContainText('On this page: 0 of 2 lessons planned');
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(2);
});
