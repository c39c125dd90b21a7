import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { openOptions, people, peopleList, putRecords } from './options-page';

// The options page's People list lays out each row the same way whatever the person has: the name starts
// at the row's left edge, above its details, and nothing leaves the row. Issue 14 found the name centred
// about 125 px into its row once the person had an e-mail (a plan-panel style for `.person-name` in
// components/ui/panel.css applied on the options page too), so every state is measured here, wide and narrow.

const AT = '2026-09-01T12:00:00.000Z';
const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  kind: 'paraprofessional',
  archived: false,
  createdAt: AT,
  updatedAt: AT,
  ...extra,
});
const PEOPLE = [
  person('person:plain', 'Ana Ruiz'),
  person('person:email', 'Marcus Lee', { email: 'marcus.lee.long-address@lincoln-middle-school.example' }),
  person('person:strengths', 'Priya Shah', {
    email: 'priya@lincoln-ms.example',
    strengths: 'Visual schedules, small-group reading and calming routines for transitions',
  }),
  person('person:long', 'Maria Guadalupe Fernández de la Cruz Villanueva-Ortega', { email: 'mg@lincoln-ms.example' }),
  person('person:archived', 'Tom Baker', { email: 'tom@lincoln-ms.example', archived: true }),
];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator} has no box`);
  return found;
}

async function expectRowsLaidOut(page: Page, width: number) {
  for (const { name } of PEOPLE) {
    const where = `${name} at ${width} px`;
    const row = peopleList(page)
      .getByRole('listitem')
      .filter({ has: page.getByText(name, { exact: true }) });
    const rowBox = await box(row);
    const nameBox = await box(row.getByText(name, { exact: true }));
    const detailsBox = await box(row.locator('.person-details'));
    // The name starts where the row starts (within a pixel), and so do its details below it.
    expect(Math.abs(nameBox.x - rowBox.x), `${where}: name's left edge`).toBeLessThanOrEqual(1);
    expect(Math.abs(detailsBox.x - rowBox.x), `${where}: details' left edge`).toBeLessThanOrEqual(1);
    const weight = await row.getByText(name, { exact: true }).evaluate((name) => getComputedStyle(name).fontWeight);
    expect(weight, `${where}: name in medium weight, like a heading for the row`).toBe('500');
    expect(detailsBox.y, `${where}: details below the name`).toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1);
    // Nothing sticks out of the row on the right: the name, the details, the buttons.
    const right = rowBox.x + rowBox.width + 1;
    expect(nameBox.x + nameBox.width, `${where}: name inside the row`).toBeLessThanOrEqual(right);
    expect(detailsBox.x + detailsBox.width, `${where}: details inside the row`).toBeLessThanOrEqual(right);
    for (const button of await row.locator('.person-actions > *').all()) {
      const buttonBox = await box(button);
      const label = `${where}: ${await button.textContent()}`;
      expect(buttonBox.x + buttonBox.width, `${label} inside the row`).toBeLessThanOrEqual(right);
      // One line of text (34 px tall with its border), not a label squeezed onto two lines.
      expect(buttonBox.height, `${label} on one line`).toBeLessThan(40);
    }
  }
}

test('every person row starts with the name at its left edge, with or without e-mail, wide and narrow', async ({
  context,
  extensionId,
  extensionErrors,
}) => {
  const page = await openOptions(context, extensionId);
  await putRecords(page, 'people', PEOPLE);
  await page.reload();
  await people(page).getByRole('checkbox', { name: 'Show archived people (1)' }).check();
  await expect(peopleList(page).getByRole('listitem')).toHaveCount(PEOPLE.length);

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectRowsLaidOut(page, 1280);
  await page.setViewportSize({ width: 360, height: 900 });
  await expectRowsLaidOut(page, 360);
  expect(extensionErrors).toEqual([]);
});
