import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { ANA, CLASS_MEETINGS, importBackup, LAB, MARCUS, openCard, RATIOS, SETTINGS, TUESDAY, ZOE } from './card-page';
import { expect, NEEDS_OWN_BROWSER, test } from './harness';
import { LAB_REPORT_URL, panel } from './lesson-plan-page';
import { backup, openOptions, putRecords, readStores } from './options-page';
import { extensionServiceWorker, launchTandem } from './support/launch.mjs';

// Issue 13 item 3: a partner file for Marcus, made from his card in the teacher's browser, imported into a
// second browser profile (his own Tandem): exactly his plans arrive, marked "Shared by Ms. Diaz" and read only,
// with their classes, the people in them and the note on one of his lessons — nothing else of the teacher's.

const at = '2026-09-01T12:00:00.000Z';

/** A plan Marcus is not in: Ana alone, in another lesson of the science class. */
const WITHOUT_MARCUS = {
  ...LAB,
  id: `plan:${LAB.lesson.courseId}:638600123999`,
  lesson: { ...LAB.lesson, itemId: '638600123999', title: 'Density quiz' },
  model: 'lead-and-roam',
  supports: [{ personId: ANA.id, role: 'small-group' }],
  stations: [],
  groups: [],
  materials: [],
};
const NOTE_ON_LAB = {
  id: 'note:on-lab',
  text: 'Marcus: bring the spare cylinders',
  kind: 'agenda-item',
  link: { courseId: LAB.lesson.courseId, itemId: LAB.lesson.itemId, title: LAB.lesson.title },
  done: false,
  createdAt: at,
  updatedAt: at,
};
const LOOSE_NOTE = { ...NOTE_ON_LAB, id: 'note:loose', text: 'Ask the office about the field trip' };
delete (LOOSE_NOTE as { link?: unknown }).link;
const BLOCK = {
  id: 'block:1',
  uid: 'tandem-block-1@tandem.local',
  partnerId: MARCUS.id,
  title: 'Co-planning: Marcus',
  firstDate: '2026-09-16',
  start: 780,
  end: 825,
  repeat: 'weekly',
  timeZone: 'America/New_York',
  createdAt: at,
  updatedAt: at,
};

function teacherBackup(): string {
  return JSON.stringify({
    format: 'tandem-backup',
    version: 2,
    exportedAt: '2026-09-10T12:00:00.000Z',
    records: {
      people: [MARCUS, ZOE, ANA],
      plans: [LAB, RATIOS, WITHOUT_MARCUS],
      classMeetings: CLASS_MEETINGS,
      notes: [NOTE_ON_LAB, LOOSE_NOTE],
      blocks: [BLOCK],
      lost: [],
      settings: [SETTINGS],
    },
  });
}

/** Marcus's card → Include notes → Partner file; the downloaded file's path. */
async function makePartnerFile(card: Page, path: string): Promise<string> {
  const handOver = card.getByRole('region', { name: 'Hand it over' });
  const notes = handOver.getByRole('checkbox', { name: 'Include notes on these lessons' });
  if (!(await notes.isChecked())) await notes.check();
  const downloading = card.waitForEvent('download');
  await handOver.getByRole('button', { name: 'Partner file for Marcus Lee' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tandem-for-marcus-lee-\d{4}-\d{2}-\d{2}\.json$/);
  await download.saveAs(path);
  await expect(
    handOver.getByRole('status').filter({ hasText: 'Partner file for Marcus Lee downloaded' }),
  ).toBeVisible();
  return path;
}

/** Options → Backup file → Merge (the only choice offered for a partner file). */
async function importPartnerFile(options: Page, path: string, summary: string): Promise<void> {
  const region = backup(options);
  await region.getByLabel('Backup file').setInputFiles(path);
  await expect(region.getByText(summary)).toBeVisible();
  await expect(region.getByRole('button', { name: 'Replace everything…' })).toHaveCount(0);
  await region.getByRole('button', { name: 'Merge' }).click();
  await expect(region.getByText(/^Merged\./)).toBeVisible();
}

const ids = (records: Array<Record<string, unknown>> | undefined) => (records ?? []).map((record) => record.id).sort();

test('a partner file for Marcus, imported into his own Tandem: his plans only, shared and read only', async ({
  context,
  extensionId,
}, testInfo) => {
  // The teacher's Tandem: the week, a plan and a note without Marcus, a planning block, her settings.
  const options = await openOptions(context, extensionId);
  await importBackup(options, teacherBackup());
  const card = await context.newPage();
  await openCard(card, extensionId, { person: MARCUS.id, date: TUESDAY });
  const first = await makePartnerFile(card, testInfo.outputPath('first.json'));
  expect(JSON.parse(await readFile(first, 'utf8')).scope).toEqual({
    kind: 'partner',
    personId: MARCUS.id,
    personName: 'Marcus Lee',
    sharedBy: 'Ms. Diaz',
    includesNotes: true,
  });
  // A week later she changes the lab and makes a newer file.
  await putRecords(options, 'plans', [
    { ...LAB, goal: 'Measure volume to 0.1 mL', updatedAt: '2026-09-20T12:00:00.000Z' },
  ]);
  const second = await makePartnerFile(card, testInfo.outputPath('second.json'));

  // Marcus's Tandem: a second browser profile.
  const marcus = await launchTandem();
  try {
    await receive(marcus.context, first, second);
  } finally {
    await marcus.close();
  }
});

async function receive(context: BrowserContext, first: string, second: string): Promise<void> {
  const errors: string[] = [];
  test.info().annotations.push({ type: NEEDS_OWN_BROWSER, description: 'changes the browser for good' });
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const extensionId = new URL((await extensionServiceWorker(context)).url()).host;
  const options = await openOptions(context, extensionId);
  await expect(options.getByRole('region', { name: 'Shared with you' })).toHaveCount(0);
  await importPartnerFile(
    options,
    first,
    'A partner file from Ms. Diaz for Marcus Lee — lesson plans: 2, classes: 2, people: 3, notes: 1.',
  );

  const shared = options.getByRole('region', { name: 'Shared with you' });
  const items = shared.getByRole('list', { name: 'Shared with you' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  for (const title of [LAB.lesson.title, RATIOS.lesson.title]) {
    await expect(items.filter({ hasText: title })).toContainText(/Shared by Ms\. Diaz on /);
  }
  const stored = await readStores(options);
  expect(ids(stored.plans)).toEqual([LAB.id, RATIOS.id].sort());
  expect(stored.plans?.every((plan) => (plan.sharedBy as { name?: string })?.name === 'Ms. Diaz')).toBe(true);
  expect(ids(stored.classMeetings)).toEqual(CLASS_MEETINGS.map((meetings) => meetings.id).sort());
  expect(ids(stored.people)).toEqual([ANA.id, MARCUS.id, ZOE.id].sort());
  expect(ids(stored.notes)).toEqual([NOTE_ON_LAB.id]);
  for (const table of ['settings', 'blocks', 'lost', 'snapshots']) expect(stored[table], table).toEqual([]);

  // The newer file replaces the lab's record.
  await importPartnerFile(
    options,
    second,
    'A partner file from Ms. Diaz for Marcus Lee — lesson plans: 2, classes: 2, people: 3, notes: 1.',
  );
  const lab = (await readStores(options)).plans?.find((plan) => plan.id === LAB.id);
  expect(lab).toMatchObject({ goal: 'Measure volume to 0.1 mL', updatedAt: '2026-09-20T12:00:00.000Z' });

  // In Classroom the shared lab is read only, until Marcus makes his own copy.
  const lesson = await context.newPage();
  await lesson.goto(LAB_REPORT_URL);
  const region = panel(lesson);
  await expect(region.getByText('Shared by Ms. Diaz — read only')).toBeVisible();
  // The compact plan (a first visit) and the full plan are both read only.
  await expect(region.getByRole('radio', { name: 'Station teaching' })).toBeDisabled();
  await region.getByRole('button', { name: 'Open full plan' }).click();
  const model = region.getByRole('radio', { name: 'Station teaching' });
  await expect(region.getByRole('textbox', { name: 'Lesson goal' })).toBeDisabled();
  await expect(model).toBeDisabled();
  await region.getByRole('button', { name: 'Make my own copy' }).click();
  await expect(region.getByText('Shared by Ms. Diaz — read only')).toHaveCount(0);
  await expect(model).toBeEnabled();
  // The options page, open all along, follows: only the math lesson is still shared; then none is.
  await expect(items).toHaveCount(1);
  await shared.getByRole('button', { name: `Make my own copy of ${RATIOS.lesson.title}` }).click();
  await expect(shared.getByRole('status')).toHaveText(`${RATIOS.lesson.title} is now your own plan.`);
  await expect(items).toHaveCount(0);
  const after = await readStores(options);
  expect(after.plans?.filter((plan) => plan.sharedBy !== undefined)).toEqual([]);
  expect(errors).toEqual([]);
}
