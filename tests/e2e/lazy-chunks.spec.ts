import type { Page } from '@playwright/test';
import { expect, swapToFixture, test } from './harness';
import {
  badgeLinks,
  CLASSWORK_URL,
  classSummary,
  expectFullPlan,
  LAB_REPORT_URL,
  openLessonCompact,
  panel,
} from './lesson-plan-page';
import { openFutureWeek, planningPanel } from './planning-time-page';

// Issue 5: a Google page loads the content script and only the chunks (lazy/<site>/*.js) for what it
// shows. Which chunks a tab fetched is read from the DevTools protocol's network events, as DevTools
// would show them.

async function chunksLoadedBy(page: Page): Promise<() => string[]> {
  const loaded: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event: { request: { url: string } }) => {
    const chunk = /\/lazy\/([\w-]+\/[\w-]+)\.js$/.exec(event.request.url);
    if (chunk?.[1]) loaded.push(chunk[1]);
  });
  await cdp.send('Network.enable');
  return () => [...loaded].sort();
}

test('a Classwork list loads the class summary’s chunk, not the lesson panel’s', async ({ context }) => {
  const page = await context.newPage();
  const loaded = await chunksLoadedBy(page);
  await page.goto(CLASSWORK_URL);
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(8);
  await expect(classSummary(page)).toBeVisible();
  expect(loaded()).toEqual(['classroom/class-summary']);
});

test('a lesson page loads the lesson panel’s chunk only, the full plan’s when opened; moving to it from a list loads it then', async ({
  context,
}) => {
  const page = await context.newPage();
  const loaded = await chunksLoadedBy(page);
  const region = await openLessonCompact(page);
  expect(loaded()).toEqual(['classroom/lesson-plan']);
  // The full plan's code is fetched and compiled only once the teacher opens it (issue 14).
  await region.getByRole('button', { name: 'Open full plan' }).click();
  await expectFullPlan(region);
  expect(loaded()).toEqual(['classroom/lesson-plan', 'classroom/plan-editor']);

  // Classroom's own single-page navigation from Classwork to a lesson: the same tab loads the panel then.
  const listFirst = await context.newPage();
  const loadedFromList = await chunksLoadedBy(listFirst);
  await listFirst.goto(CLASSWORK_URL);
  await expect(classSummary(listFirst)).toBeVisible();
  expect(loadedFromList()).toEqual(['classroom/class-summary']);
  await swapToFixture(listFirst, LAB_REPORT_URL);
  // The teacher left the full plan open above: its chunk comes with the panel's (fetched side by side).
  await expectFullPlan(panel(listFirst));
  expect(loadedFromList()).toEqual(['classroom/class-summary', 'classroom/lesson-plan', 'classroom/plan-editor']);
});

test('a Calendar week loads the planning chunk; the panel’s own code comes when the launcher is opened', async ({
  context,
}) => {
  const { page, launcher, prepared: loaded } = await openFutureWeek(context, chunksLoadedBy);
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  // The grid is read and blocks are matched on load (planning-time), without the panel's Preact code.
  await expect.poll(loaded).toEqual(['calendar/planning-time']);

  await launcher.press('Enter');
  const region = planningPanel(page);
  await expect(region).toBeVisible();
  // Opened from the keyboard, focus moves into the panel, as before the panel was split off.
  await expect(region.locator(':focus')).toHaveCount(1);
  expect(loaded()).toEqual(['calendar/planning-panel', 'calendar/planning-time']);

  // Closed and opened again: the launcher is now the panel's own (aria-expanded follows), nothing reloads.
  await page.keyboard.press('Escape');
  await expect(region).toBeHidden();
  await expect(launcher).toHaveAttribute('aria-expanded', 'false');
  await expect(launcher).toBeFocused();
  await launcher.click();
  await expect(region).toBeVisible();
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  expect(loaded()).toEqual(['calendar/planning-panel', 'calendar/planning-time']);
});

test('pressing the Calendar launcher again while the panel’s code loads opens one panel, launcher kept', async ({
  context,
}) => {
  const { page, launcher, prepared: loaded } = await openFutureWeek(context, chunksLoadedBy);
  // Two presses in a row, the second before the panel's code has arrived.
  await launcher.dblclick();
  await expect(planningPanel(page)).toBeVisible();
  await expect(launcher).toHaveCount(1);
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  expect(loaded()).toEqual(['calendar/planning-panel', 'calendar/planning-time']);
  // The launcher still works: it closes the panel, and opens it again.
  await launcher.click();
  await expect(planningPanel(page)).toBeHidden();
  await launcher.click();
  await expect(planningPanel(page)).toBeVisible();
});
