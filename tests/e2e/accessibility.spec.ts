import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './harness';
import { addNewPerson, CLASSWORK_URL, openLesson } from './panel-page';

test('axe finds no serious or critical violation in the panel', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  // Fill the panel so every kind of control is present: stations, rotation, phases, materials, reflection.
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await region.getByRole('button', { name: 'Add phase' }).click();
  await region.getByRole('button', { name: 'Add material' }).click();
  await region.getByRole('radio', { name: 'Taught' }).check();

  const results = await new AxeBuilder({ page }).include('[data-tandem-host="tandem-plan"]').analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
});

test('axe finds no serious or critical violation in the badges and class summary', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CLASSWORK_URL);
  await expect(page.getByRole('region', { name: 'Tandem class summary' })).toBeVisible();
  const results = await new AxeBuilder({ page }).include('tandem-badge').include('[data-tandem-host]').analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
