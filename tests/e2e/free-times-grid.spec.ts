import type { Locator, Page } from '@playwright/test';
import { addDays, datekeyOf } from '../fixtures/calendar-week.mjs';
import { expect, test } from './harness';
import {
  compact,
  type FutureCalendarWeek,
  freeTimeBlocks,
  MARCUS,
  openFutureWeek,
  parseOfferedTime,
  planningLauncher,
  planningPanel,
  swapCalendar,
  tabTo,
} from './planning-time-page';
import { axeInside, tandemRoot } from './support/closed-roots';

// Issue 14, item 4: each free time the panel offers is also drawn on Calendar's grid, in its day column at
// its hours, in Tandem's own layer; the panel leaves those days visible; the list and the blocks highlight
// each other; a block is itself "Block this time".

const LAYER = '[data-tandem-host="tandem-free-times"]';

/** A week with the panel open at 1280 × 800, a partner without free periods: a time offered on each school day. */
async function weekWithOffers(context: Parameters<typeof openFutureWeek>[0]) {
  const { week, page } = await openFutureWeek(context, (page) => page.setViewportSize({ width: 1280, height: 800 }));
  await planningLauncher(page).click();
  const region = planningPanel(page);
  await region.getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  await region.getByRole('textbox', { name: "New partner's name" }).fill(MARCUS.name);
  await region.getByRole('button', { name: 'Add partner' }).click();
  const offered = region.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Block this time' }) });
  await expect(offered).toHaveCount(5);
  const dates = Array.from({ length: 7 }, (_, day) => addDays(week.sunday, day));
  const times = (await offered.locator('.slot-time').allTextContents()).map((text) => parseOfferedTime(text, dates));
  return { week, page, region, offered, times };
}

/** Each drawn block against its day column (Calendar's node, only measured): inside it, at its hours. */
async function expectBlocksWhereTheirTimesAre(page: Page, week: FutureCalendarWeek, blocks: Locator) {
  const dates = Array.from({ length: 7 }, (_, day) => addDays(week.sunday, day));
  const count = await blocks.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    const block = blocks.nth(index);
    const time = parseOfferedTime((await block.getAttribute('aria-label')) ?? '', dates);
    const column = await page.locator(`[role="gridcell"][data-datekey="${datekeyOf(time.date)}"]`).boundingBox();
    const box = await block.boundingBox();
    if (!column || !box) throw new Error(`no box for ${time.date}`);
    expect(box.x, time.date).toBeGreaterThanOrEqual(column.x);
    expect(box.x + box.width, time.date).toBeLessThanOrEqual(column.x + column.width);
    const pxPerMinute = column.height / 1440;
    // Cut at the grid's visible hours (the scrolling viewport), as Calendar's own chips are.
    const top = column.y + time.start * pxPerMinute;
    const bottom = column.y + time.end * pxPerMinute - 2;
    if (box.y > top + 1) expect(await block.evaluate((element) => element.classList.contains('cut-top'))).toBe(true);
    else expect(box.y, `${time.date} top`).toBeCloseTo(top, 0);
    if (box.y + box.height < bottom - 1) {
      expect(await block.evaluate((element) => element.classList.contains('cut-bottom'))).toBe(true);
    } else expect(box.y + box.height, `${time.date} bottom`).toBeCloseTo(bottom, 0);
  }
}

test('the offered times are drawn in their day columns at their hours, follow scrolling and re-renders, and stay in view of the panel', async ({
  context,
}) => {
  const { week, page, region, times } = await weekWithOffers(context);
  const blocks = freeTimeBlocks(page);

  // The school day starts at 7:30: scroll the grid (a wheel over Sunday, where nothing is offered) to 7:00.
  const sunday = await page.locator(`[role="gridcell"][data-datekey="${datekeyOf(week.sunday)}"]`).boundingBox();
  if (!sunday) throw new Error('no Sunday column');
  await page.mouse.move(sunday.x + sunday.width / 2, 400);
  await page.mouse.wheel(0, 7 * 48);
  // Every offered time is then in view: one block each, where its time is.
  await expect(blocks).toHaveCount(5);
  await expect(async () => expectBlocksWhereTheirTimesAre(page, week, blocks)).toPass();

  // The panel leaves the offered days' columns in view at 1280 px.
  const panel = await region.boundingBox();
  if (!panel) throw new Error('no panel');
  for (const time of times) {
    const column = await page.locator(`[role="gridcell"][data-datekey="${datekeyOf(time.date)}"]`).boundingBox();
    if (!column) throw new Error(`no column for ${time.date}`);
    expect(panel.x + panel.width, `the panel ends before ${time.date}'s column`).toBeLessThanOrEqual(column.x);
  }

  // Light and clearly Tandem's, and accessible (axe inside the layer's closed root).
  const results = await axeInside(page, LAYER);
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // Calendar re-renders the grid (new columns in a new scroller, back at midnight: 336 px lower than
  // before): the blocks follow the new columns.
  await swapCalendar(page, week.url, week.html);
  await expect(async () => expectBlocksWhereTheirTimesAre(page, week, blocks)).toPass();

  // Closing the panel takes the blocks away.
  await region.getByRole('button', { name: 'Close Tandem planning time' }).click();
  await expect(page.locator(LAYER)).toHaveCount(0);
});

test('moving through the offered times highlights their blocks; Block this time on a block opens Calendar’s editor', async ({
  context,
}) => {
  const { week, page, region, offered } = await weekWithOffers(context);
  await region.getByRole('textbox', { name: `${MARCUS.name}'s e-mail (for the invitation)` }).fill(MARCUS.email);
  const blocks = freeTimeBlocks(page);
  await expect(blocks.first()).toBeVisible();
  const highlighted = tandemHighlighted(page);

  // Tab to the first time's "Block this time" in the list: its block is highlighted, and only it.
  await tabTo(page, offered.nth(0).getByRole('button', { name: 'Block this time' }));
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toHaveAccessibleName(new RegExp(`^Block this time: ${await nameOf(offered.nth(0))}`));
  // Tab on (its Download .ics, then the next time's Block): the highlight moves with it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(offered.nth(1).getByRole('button', { name: 'Block this time' })).toBeFocused();
  await expect(highlighted).toHaveCount(1);
  await expect(highlighted).toHaveAccessibleName(new RegExp(`^Block this time: ${await nameOf(offered.nth(1))}`));

  // The block itself is a button in the keyboard order: Enter on it opens Calendar's editor for that time,
  // as the list's button does (planning-time.spec.ts checks the rest of the address).
  const block = blocks.first();
  await expect(block).toBeEnabled();
  const time = parseOfferedTime(
    (await block.getAttribute('aria-label')) ?? '',
    Array.from({ length: 7 }, (_, day) => addDays(week.sunday, day)),
  );
  await tabTo(page, block);
  await expect(highlighted).toHaveAccessibleName((await block.getAttribute('aria-label')) ?? '');
  const opened = context.waitForEvent('page');
  await page.keyboard.press('Enter');
  const editor = await opened;
  const url = new URL(editor.url());
  expect(`${url.origin}${url.pathname}`).toBe('https://calendar.google.com/calendar/render');
  expect(url.searchParams.get('text')).toBe('Co-planning: Dana Rivera + Marcus Lee');
  const clock = (minute: number) =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}${String(minute % 60).padStart(2, '0')}00`;
  expect(url.searchParams.get('dates')).toBe(
    `${compact(time.date)}T${clock(time.start)}/${compact(time.date)}T${clock(time.end)}`,
  );
  expect(url.searchParams.get('add')).toBe(MARCUS.email);
  await expect(region.getByRole('status').filter({ hasText: "Calendar's editor opened" })).toBeVisible();
});

/** The block highlighted on the grid. */
function tandemHighlighted(page: Page) {
  return tandemRoot(page, 'tandem-free-times').locator('button[data-highlighted]');
}

/** The offered time's text in its list item. */
async function nameOf(item: Locator): Promise<string> {
  const text = (await item.locator('.slot-time').textContent()) ?? '';
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
