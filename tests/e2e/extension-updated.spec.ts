import type { Page } from '@playwright/test';
import { addDays, FIXTURE_SUNDAY, shiftedWeekHtml, weekUrl } from '../fixtures/calendar-week.mjs';
import { expect, swapToFixture, test } from './harness';
import {
  badgeLinks,
  CLASSWORK_URL,
  expectSaved,
  LAB_REPORT_URL,
  openLesson,
  panel,
  STREAM_URL,
} from './lesson-plan-page';
import { openFutureWeek, planningLauncher, planningPanel, swapCalendar, tandemUi } from './planning-time-page';

test('after the extension is updated under an open tab, the old panel says to reload; saved work is kept', async ({
  context,
  updateExtension,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await region.getByRole('radio', { name: 'Parallel teaching' }).check();
  await expectSaved(page);

  // What Chrome does on an update: the extension restarts; the tab's old content script is orphaned.
  await updateExtension();

  await region.getByRole('radio', { name: 'Team teaching' }).check();
  await expect(region.getByRole('alert')).toHaveText(/Tandem was updated — reload this tab/);
  // The form stays on screen (nothing typed disappears) but says it cannot save.
  await expect(region.getByRole('radio', { name: 'Team teaching' })).toBeChecked();

  await page.reload();
  const fresh = await openLesson(page);
  await expect(fresh.getByRole('radio', { name: 'Parallel teaching' })).toBeChecked();
  await expect(fresh.getByRole('alert')).toHaveCount(0);
});

test('after an update, the Calendar launcher of a panel never opened says to reload instead of doing nothing', async ({
  context,
  updateExtension,
}) => {
  const { page, launcher } = await openFutureWeek(context);
  await expect(launcher).toBeVisible();

  // The panel's code is loaded on first open; after an update this old tab can no longer load it.
  await updateExtension();
  await launcher.click();
  await expect(tandemUi(page).getByRole('status').filter({ hasText: 'Tandem was updated' })).toHaveText(
    /Tandem was updated — reload this tab/,
  );
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');

  await page.reload();
  await planningLauncher(page).click();
  await expect(planningPanel(page)).toBeVisible();
});

test('after an update, an open Calendar panel says to reload in words (its own strings were kept)', async ({
  context,
  updateExtension,
}) => {
  const { page, launcher } = await openFutureWeek(context);
  await launcher.click();
  const region = planningPanel(page);
  // The panel has its data (the update must come after it was drawn, as for a teacher who has it open).
  await expect(region.getByRole('textbox', { name: "New partner's name" })).toBeVisible();

  await updateExtension();
  // Adding a partner asks the background, which is gone: the panel says so. Its chunk has its own copy
  // of the string cache, so this must be the words, not the key "extensionUpdated".
  await region.getByRole('textbox', { name: "New partner's name" }).fill('Marcus Lee');
  await region.getByRole('button', { name: 'Add partner' }).click();
  await expect(region.getByRole('alert')).toHaveText(/Tandem was updated — reload this tab/);
  await expect(region.getByRole('button', { name: 'Close Tandem planning time' })).toBeVisible();
});

// After an update, an old tab's single-page moves start new page views that the old script can no longer
// serve (its chunks, strings and storage are gone): each must say so instead of showing nothing.

/** "Tandem was updated — reload this tab", from any of Tandem's UI in the page. */
function updatedNotice(page: Page) {
  return tandemUi(page).getByRole('alert').filter({ hasText: 'Tandem was updated' });
}

for (const path of [
  { from: 'Classwork', fromUrl: CLASSWORK_URL, to: 'Stream', toUrl: STREAM_URL },
  { from: 'Stream', fromUrl: STREAM_URL, to: 'a lesson', toUrl: LAB_REPORT_URL },
  { from: 'a lesson', fromUrl: LAB_REPORT_URL, to: 'Classwork', toUrl: CLASSWORK_URL },
]) {
  test(`after an update, moving from ${path.from} to ${path.to} in an old tab says to reload`, async ({
    context,
    updateExtension,
  }) => {
    const page = await context.newPage();
    await page.goto(path.fromUrl);
    // Tandem is at work on the first page: a lesson's panel or a list's badges.
    if (path.fromUrl === LAB_REPORT_URL) await expect(panel(page)).toBeVisible();
    else await expect(badgeLinks(page, /^No plan yet/).first()).toBeVisible();

    await updateExtension();
    await swapToFixture(page, path.toUrl);
    await expect(page).toHaveURL(path.toUrl);
    await expect(updatedNotice(page)).toHaveText(/Tandem was updated — reload this tab/);
    await expect(updatedNotice(page)).toBeVisible();

    // A reload brings the new Tandem, and the notice goes.
    await page.reload();
    if (path.toUrl === LAB_REPORT_URL) await expect(panel(page)).toBeVisible();
    else await expect(badgeLinks(page, /^No plan yet/).first()).toBeVisible();
    await expect(updatedNotice(page)).toHaveCount(0);
  });
}

test('after an update, moving to the next week in an old Calendar tab says to reload', async ({
  context,
  updateExtension,
}) => {
  const { week, page, launcher } = await openFutureWeek(context);
  await expect(launcher).toBeVisible();

  await updateExtension();
  const nextSunday = addDays(week.sunday, 7);
  const nextUrl = weekUrl(nextSunday);
  const nextWeeks = Math.round((Date.parse(nextSunday) - Date.parse(FIXTURE_SUNDAY)) / (7 * 86_400_000));
  await swapCalendar(page, nextUrl, shiftedWeekHtml({ weeks: nextWeeks }));
  await expect(page).toHaveURL(nextUrl);
  await expect(updatedNotice(page)).toHaveText(/Tandem was updated — reload this tab/);
  await expect(updatedNotice(page)).toBeVisible();
});
