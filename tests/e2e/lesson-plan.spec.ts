import { expect, test } from './harness';
import { addNewPerson, chooseOption, expectSaved, LAB_REPORT_URL, openLesson, panel } from './lesson-plan-page';

test('tag a lesson with Station teaching, three stations and a role; it is all there after a reload', async ({
  context,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await expect(region.getByText('Lab Report: Density of Liquids')).toBeVisible();
  // The lesson line's class name (the class's name also appears in "When it is taught").
  await expect(region.getByText('· Grade 7 Science')).toBeVisible();

  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await chooseOption(region.getByRole('combobox', { name: 'Role for Marcus Lee' }), 'Lead a station');
  await region.getByRole('radio', { name: 'Station teaching' }).check();

  // Choosing stations offers three to start with; make them this lesson's stations.
  const stations = [
    { name: 'Measure mass', leader: 'You (classroom teacher)', minutes: '15' },
    { name: 'Measure volume', leader: 'Marcus Lee', minutes: '20' },
    { name: 'Density practice', leader: 'Independent', minutes: '10' },
  ];
  for (const [index, station] of stations.entries()) {
    const n = index + 1;
    await region.getByRole('textbox', { name: `Station ${n} name` }).fill(station.name);
    await chooseOption(region.getByRole('combobox', { name: `Station ${n} led by` }), station.leader);
    await region.getByRole('spinbutton', { name: `Station ${n} minutes` }).fill(station.minutes);
  }
  await region.getByRole('textbox', { name: 'Lesson goal' }).fill('Compare the density of three liquids');
  // Target students are initials only: the field says so to screen readers too.
  await expect(region.getByRole('textbox', { name: 'Target students (initials)' })).toHaveAccessibleDescription(
    'Initials only, for example J.M., A.C.',
  );
  await expectSaved(page);

  await page.reload();
  const after = panel(page);
  await expect(after.getByRole('radio', { name: 'Station teaching' })).toBeChecked();
  await expect(after.getByRole('combobox', { name: 'Role for Marcus Lee' })).toHaveValue('lead-station');
  for (const [index, station] of stations.entries()) {
    const n = index + 1;
    await expect(after.getByRole('textbox', { name: `Station ${n} name` })).toHaveValue(station.name);
    await expect(after.getByRole('combobox', { name: `Station ${n} led by` }).locator('option:checked')).toHaveText(
      station.leader,
    );
    await expect(after.getByRole('spinbutton', { name: `Station ${n} minutes` })).toHaveValue(station.minutes);
  }
  await expect(after.getByRole('textbox', { name: 'Lesson goal' })).toHaveValue('Compare the density of three liquids');
  // The rotation shows the groups moving through the stations.
  await expect(after.getByRole('table', { name: /Rotation/ }).getByRole('row')).toHaveCount(4);
  expect(page.url()).toBe(LAB_REPORT_URL);
});

test('status and a reflection after teaching are kept', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Taught' }).check();
  await region.getByRole('textbox', { name: 'What worked' }).fill('Station 2 balance check');
  await region.getByRole('textbox', { name: 'Change next time' }).fill('Fewer liquids');
  await expectSaved(page);
  await page.reload();
  await expect(panel(page).getByRole('radio', { name: 'Taught' })).toBeChecked();
  await expect(panel(page).getByRole('textbox', { name: 'What worked' })).toHaveValue('Station 2 balance check');
});
