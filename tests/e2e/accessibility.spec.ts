import { expect, test } from './harness';
import { addNewPerson, CLASSWORK_URL, classSummary, openLesson } from './lesson-plan-page';
import { axeInside } from './support/closed-roots';

test('axe finds no serious or critical violation in the panel', async ({ context }) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const page = await context.newPage();
  const region = await openLesson(page);
  // Fill the panel so every kind of control is present: stations, rotation, phases, materials, reflection.
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await region.getByRole('button', { name: 'Add phase' }).click();
  await region.getByRole('button', { name: 'Add material' }).click();
  await region.getByRole('radio', { name: 'Taught' }).check();

  // axe runs inside the closed root (support/closed-roots.ts): the page's axe would see only the host.
  const results = await axeInside(page, '[data-tandem-host="tandem-plan"]');
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
});

test('axe finds no serious or critical violation in the badges and class summary', async ({ context }) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const page = await context.newPage();
  await page.goto(CLASSWORK_URL);
  await expect(classSummary(page)).toBeVisible();
  const results = await axeInside(page, 'tandem-badge, [data-tandem-host]');
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
