import { readFile } from 'node:fs/promises';
import { addChips } from '../fixtures/calendar-week.mjs';
import { expect, test } from './harness';
import { DENSITY_NOTES_URL, expectSaved, openLesson } from './lesson-plan-page';
import {
  BLOCK_TITLE,
  blockAndCloseEditor,
  blockBadges,
  compact,
  futureWeek,
  MARCUS,
  openPlanningPanel,
  planningLauncher,
  planningPanel,
  setUpPartner,
  shortDay,
} from './planning-time-page';

test('find a time both adults are free and block it in Calendar with an agenda', async ({ context }) => {
  // A lesson with no plan yet, created through the Classroom panel: it must reach the agenda.
  const classroom = await context.newPage();
  const lesson = await openLesson(classroom, DENSITY_NOTES_URL);
  await lesson.getByRole('textbox', { name: 'Lesson goal' }).fill('Take notes on density');
  await expectSaved(classroom);

  const week = await futureWeek(context);
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  await setUpPartner(page);

  // Marcus is free on Tuesdays 13:00–14:30 only; that Tuesday has nothing after 11:30, so 13:00–13:45.
  const slots = region.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Block this time' }) });
  await expect(slots).toHaveCount(1);
  await expect(slots.first()).toContainText(`${shortDay(week.tuesday)}, 1:00`);
  await expect(slots.first()).toContainText('1:45');

  const opened = context.waitForEvent('page');
  await region.getByRole('button', { name: 'Block this time' }).click();
  const editor = await opened;
  const url = new URL(editor.url());
  expect(`${url.origin}${url.pathname}`).toBe('https://calendar.google.com/calendar/render');
  expect(url.searchParams.get('action')).toBe('TEMPLATE');
  expect(url.searchParams.get('text')).toBe(BLOCK_TITLE);
  expect(url.searchParams.get('dates')).toBe(`${compact(week.tuesday)}T130000/${compact(week.tuesday)}T134500`);
  expect(url.searchParams.get('ctz')).toBe('America/New_York');
  expect(url.searchParams.get('recur')).toBe('RRULE:FREQ=WEEKLY;BYDAY=TU');
  expect(url.searchParams.get('add')).toBe(MARCUS.email);
  const details = url.searchParams.get('details') ?? '';
  expect(details).toContain('Density Notes (slides)');
  expect(details).toContain(DENSITY_NOTES_URL);
  await expect(region.getByRole('status').filter({ hasText: "Calendar's editor opened" })).toBeVisible();

  // The same event as a file for other calendars.
  const downloading = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Download .ics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`co-planning-${week.tuesday}.ics`);
  const ics = await readFile((await download.path()) as string, 'utf8');
  expect(ics).toContain(`DTSTART:${compact(week.tuesday)}T130000`);
  expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
  expect(ics).toMatch(/SUMMARY:Co-planning: Dana Rivera \+ Marcus Lee/);
});

test('a recorded block is badged in the week; when it disappears, the lost minutes are noted once', async ({
  context,
}) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  await setUpPartner(page);
  await blockAndCloseEditor(page);
  await expect(region.getByRole('status').filter({ hasText: "Calendar's editor opened" })).toBeVisible();

  // The teacher saved it in Calendar: the week now shows the block.
  week.serve(addChips(week.html, [{ date: week.tuesday, start: 13 * 60, end: 13 * 60 + 45, title: BLOCK_TITLE }]));
  await page.reload();
  const badge = blockBadges(page);
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAccessibleName(`Tandem planning block: ${BLOCK_TITLE}. Show its agenda`);
  await badge.click();
  await expect(planningPanel(page).getByRole('heading', { name: /^Agenda: Co-planning/ })).toBeVisible();
  // The badge opened Tandem's agenda, not Calendar's own event popup (no navigation happened).
  expect(page.url()).toBe(week.url);
  await planningPanel(page).getByRole('button', { name: 'Back to free times' }).click();
  // Once Calendar has settled, Tandem notes the block as seen: its minutes now count as planned.
  await expect(
    planningPanel(page).getByText(/: [1-9]\d* minutes of planning time planned, 0 minutes lost\.$/),
  ).toBeVisible();

  // Coverage overwrote it: the same week without the block.
  week.serve(week.html);
  await page.reload();
  await planningLauncher(page).click();
  const lost = planningPanel(page);
  await expect(lost.getByText(`Planning time lost on ${shortDay(week.tuesday)}: 45 minutes.`)).toBeVisible();
  await expect(lost.getByText(/45 minutes lost\.$/)).toBeVisible();
  // Made up later that week: Marcus is still free 13:45–14:30.
  await expect(lost.getByText('Next free time that week:')).toContainText('1:45');

  // Calendar re-renders and the tab is reloaded: still noted once.
  await page.reload();
  await planningLauncher(page).click();
  await expect(planningPanel(page).getByText(/45 minutes lost\.$/)).toBeVisible();
});
