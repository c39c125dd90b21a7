import { expect, test } from './harness';
import { expectSaved, NO_HOOKS_URL, openLesson } from './lesson-plan-page';

test('when Google changed the page the panel works from the URL and says what it could not read', async ({
  context,
  extensionErrors,
}) => {
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().includes('[Tandem]')) warnings.push(message.text());
  });

  const region = await openLesson(page, NO_HOOKS_URL);
  await expect(region.getByRole('note')).toContainText('could not read the lesson title, class name');
  await region.getByRole('radio', { name: 'Alternative teaching' }).check();
  await expectSaved(page);
  await page.reload();
  await expect(region.getByRole('radio', { name: 'Alternative teaching' })).toBeChecked();

  expect(pageErrors).toEqual([]);
  expect(warnings).toHaveLength(1);
  expect(extensionErrors).toEqual([]);
});
