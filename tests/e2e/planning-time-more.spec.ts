import { addChips, addDays, shiftedWeekHtml, weekUrl } from '../fixtures/calendar-week.mjs';
import { expect, test } from './harness';
import {
  BLOCK_TITLE,
  blockAndCloseEditor,
  blockBadges,
  futureWeek,
  openPlanningPanel,
  planningLauncher,
  planningPanel,
  setUpPartner,
  shortDay,
  swapCalendar,
  tabTo,
} from './planning-time-page';
import { axeInside } from './support/closed-roots';
import { serveHtml } from './support/launch.mjs';

test('the planning flow by keyboard alone', async ({ context }) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  await page.goto(week.url);
  const launcher = planningLauncher(page);
  await tabTo(page, launcher);
  await page.keyboard.press('Enter');
  const region = planningPanel(page);
  await expect(region).toBeVisible();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');

  // Nobody yet: add the partner from the keyboard.
  await tabTo(page, region.getByRole('textbox', { name: "New partner's name" }));
  await page.keyboard.type('Marcus Lee');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(region.getByRole('button', { name: 'Add partner' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('combobox', { name: 'Partner' })).toBeVisible();

  // 30 minutes, with the arrow keys in the radio group.
  await tabTo(page, region.getByRole('radio', { name: '45 minutes' }));
  await page.keyboard.press('ArrowLeft');
  await expect(region.getByRole('radio', { name: '30 minutes' })).toBeChecked();

  const block = region.getByRole('button', { name: 'Block this time' }).first();
  await tabTo(page, block);
  // Its description says which time it blocks.
  await expect(block).toHaveAccessibleDescription(/^(Mon|Tue|Wed|Thu|Fri), /);
  const opened = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const editor = await opened;
  expect(new URL(editor.url()).searchParams.get('dates')).toMatch(/^\d{8}T\d{6}\/\d{8}T\d{6}$/);
  await editor.close();

  // Escape closes the panel and gives focus back to the launcher.
  await region.getByRole('heading', { name: 'Tandem planning time' }).focus();
  await page.keyboard.press('Escape');
  await expect(region).toBeHidden();
  await expect(launcher).toBeFocused();
});

test('axe finds no serious or critical violation in the planning panel and the block badge', async ({ context }) => {
  test.slow(); // whole-page axe scans or long walks: tens of seconds each on a busy shared machine
  const week = await futureWeek(context);
  const page = await context.newPage();
  await openPlanningPanel(page, week.url);
  await setUpPartner(page);
  await expect(planningPanel(page).getByRole('button', { name: 'Block this time' })).toHaveCount(1);
  await blockAndCloseEditor(page);
  week.serve(addChips(week.html, [{ date: week.tuesday, start: 780, end: 825, title: BLOCK_TITLE }]));
  await page.reload();
  await planningLauncher(page).click();
  await expect(blockBadges(page)).toHaveCount(1);

  // axe runs inside the closed roots (support/closed-roots.ts): the page's axe would see only the hosts.
  const results = await axeInside(page, '[data-tandem-host="tandem-planning"], tandem-block-badge');
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(5);
});

test('when the grid cannot be read, the panel says so and offers no times', async ({ context }) => {
  const week = await futureWeek(context);
  // Google renamed the day columns' hooks: no column carries data-datekey any more.
  week.serve(week.html.replaceAll('data-column-index=', 'data-col='));
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  await region.getByRole('textbox', { name: "New partner's name" }).fill('Marcus Lee');
  await region.getByRole('button', { name: 'Add partner' }).click();
  await expect(region.getByText('Tandem could not read this calendar view, so no free times are offered.')).toBeVisible(
    {
      timeout: 10_000,
    },
  );
  await expect(region.getByRole('button', { name: 'Block this time' })).toHaveCount(0);
});

test('single-page navigation to the next week updates the panel; re-renders never duplicate badges', async ({
  context,
}) => {
  const week = await futureWeek(context);
  const page = await context.newPage();
  const region = await openPlanningPanel(page, week.url);
  await setUpPartner(page);
  await expect(region.getByRole('listitem').filter({ hasText: shortDay(week.tuesday) })).toHaveCount(1);
  await blockAndCloseEditor(page);

  // Calendar pages to the following week without reloading; it shows the block there.
  const nextSunday = addDays(week.sunday, 7);
  const nextTuesday = addDays(week.sunday, 9);
  const nextUrl = weekUrl(nextSunday);
  const nextWeeks = Math.round((Date.parse(nextSunday) - Date.parse('2025-09-14')) / (7 * 86_400_000));
  const nextHtml = addChips(shiftedWeekHtml({ weeks: nextWeeks }), [
    { date: nextTuesday, start: 780, end: 825, title: BLOCK_TITLE },
  ]);
  await serveHtml(context, nextUrl, nextHtml);
  await swapCalendar(page, nextUrl, nextHtml);
  await expect(page).toHaveURL(nextUrl);
  await expect(blockBadges(page)).toHaveCount(1);
  await expect(page.locator('[data-tandem-host="tandem-planning"]')).toHaveCount(1);
  // The panel stays open across Calendar's navigation.
  await expect(planningPanel(page)).toBeVisible();
  // The block now takes Tuesday 13:00–13:45, so the free time offered there is what remains: 13:45.
  await expect(
    planningPanel(page)
      .getByRole('listitem')
      .filter({ hasText: `${shortDay(nextTuesday)}, 1:45` }),
  ).toHaveCount(1);

  // Calendar re-renders the same week twice: still one badge.
  await swapCalendar(page, nextUrl, nextHtml);
  await swapCalendar(page, nextUrl, nextHtml);
  await page.waitForTimeout(300);
  await expect(blockBadges(page)).toHaveCount(1);
});
