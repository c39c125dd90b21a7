import { expect, test } from './harness';
import { expectSaved, openLesson, panel } from './lesson-plan-page';

// Issue 11: two tabs on one lesson. Each tab writes only the fields it edited, and every open panel of the
// lesson hears of a save made elsewhere (utils/saving/outbox.ts). On the whole-plan saves before, one
// tab's edit vanished every time and both tabs said "Saved".

test('two tabs editing different fields of one plan both keep their edit, and each shows the other’s', async ({
  context,
}) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openLesson(first);
  await openLesson(second);
  // Both edits are made before either tab has saved.
  await panel(first).getByRole('textbox', { name: 'Lesson goal' }).fill('Measure the volume of a stone');
  await panel(second).getByRole('textbox', { name: 'Target students (initials)' }).fill('JS, AM');
  await expectSaved(first);
  await expectSaved(second);
  await expect(panel(first).getByRole('textbox', { name: 'Target students (initials)' })).toHaveValue('JS, AM');
  await expect(panel(second).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue(
    'Measure the volume of a stone',
  );

  const third = await context.newPage();
  const region = await openLesson(third);
  await expect(region.getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Measure the volume of a stone');
  await expect(region.getByRole('textbox', { name: 'Target students (initials)' })).toHaveValue('JS, AM');
});

test('two tabs editing the same field: the later edit wins, and the other tab shows it', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openLesson(first);
  await openLesson(second);
  await panel(first).getByRole('textbox', { name: 'Lesson goal' }).fill('Goal typed first');
  await expectSaved(first);
  await expect(panel(second).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Goal typed first');
  await panel(second).getByRole('radio', { name: 'Parallel teaching' }).check();
  await panel(second).getByRole('textbox', { name: 'Lesson goal' }).fill('Goal typed later');
  await expectSaved(second);
  await expect(panel(first).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Goal typed later');
  await expect(panel(first).getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();

  await first.reload();
  await expect(panel(first).getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Goal typed later');
  await expect(panel(first).getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();
});
