import type { BrowserContext, Locator, Page } from '@playwright/test';
import { addDays, nextFutureWeek, shiftedWeekHtml } from '../fixtures/calendar-week.mjs';
import { expect } from './harness';
import { chooseOption, tandemRoot, tandemUi, typeTime } from './support/closed-roots';
import { serveHtml } from './support/launch.mjs';

export { chooseOption, tandemUi, typeTime };

// Helpers for the Calendar specs. The week fixture is moved to a week that is entirely in the future
// (and inside one month), because the panel never offers times that have already passed. Tandem's UI is
// in closed shadow roots: it is reached through the test toolkit in support/closed-roots.ts (read its
// note before writing a locator of your own; selects and time fields are set from the keyboard).

export const MARCUS = { name: 'Marcus Lee', email: 'marcus.lee@lincoln-ms.example' };
export const BLOCK_TITLE = 'Co-planning: Dana Rivera + Marcus Lee';

export interface FutureCalendarWeek {
  url: string;
  sunday: string;
  /** Tuesday of that week, YYYY-MM-DD. */
  tuesday: string;
  /** The moved fixture as served. */
  html: string;
  /** Serve other HTML at the same URL from now on. */
  serve: (html: string) => void;
}

export async function futureWeek(context: BrowserContext): Promise<FutureCalendarWeek> {
  const week = nextFutureWeek(new Date());
  const html = shiftedWeekHtml({ weeks: week.weeks });
  const serve = await serveHtml(context, week.url, html);
  return { url: week.url, sunday: week.sunday, tuesday: addDays(week.sunday, 2), html, serve };
}

export function planningPanel(page: Page) {
  return tandemRoot(page, 'tandem-planning').getByRole('region', { name: 'Tandem planning time' });
}

/** The button at the bottom right that opens and closes the planning panel. */
export function planningLauncher(page: Page) {
  return tandemRoot(page, 'tandem-planning').getByRole('button', { name: 'Tandem planning time', exact: true });
}

/** The badges on recorded planning blocks ("Tandem planning block: …"), in their own shadow roots. */
export function blockBadges(page: Page) {
  return tandemRoot(page, 'tandem-block-badge').getByRole('button', { name: /^Tandem planning block/ });
}

/**
 * A fresh tab on the week fixture moved to a coming week (see futureWeek). `before` runs on the tab before
 * it navigates (to watch its network, say); what it returns comes back as `prepared`.
 */
export async function openFutureWeek<T = undefined>(context: BrowserContext, before?: (page: Page) => Promise<T>) {
  const week = await futureWeek(context);
  const page = await context.newPage();
  const prepared = (await before?.(page)) as T;
  await page.goto(week.url);
  return { week, page, launcher: planningLauncher(page), prepared };
}

export async function openPlanningPanel(page: Page, url: string) {
  await page.goto(url);
  await planningLauncher(page).click();
  const region = planningPanel(page);
  await expect(region).toBeVisible();
  return region;
}

/** Adds Marcus as partner with his e-mail and one free period, Tuesday 13:00–14:30, and names the teacher. */
export async function setUpPartner(page: Page) {
  const region = planningPanel(page);
  await region.getByRole('textbox', { name: 'Your name' }).fill('Dana Rivera');
  await region.getByRole('textbox', { name: "New partner's name" }).fill(MARCUS.name);
  await region.getByRole('button', { name: 'Add partner' }).click();
  await expect(region.getByRole('combobox', { name: 'Partner' })).toHaveValue(/person:/);
  await region.getByRole('textbox', { name: `${MARCUS.name}'s e-mail (for the invitation)` }).fill(MARCUS.email);
  await region.getByRole('button', { name: 'Add free period' }).click();
  await chooseOption(region.getByRole('combobox', { name: 'Day' }), 'Tuesday');
  await typeTime(region.getByLabel('From'), '13:00');
  await typeTime(region.getByLabel('To'), '14:30');
}

/** Presses "Block this time" in the planning panel and closes the Calendar editor tab it opens. */
export async function blockAndCloseEditor(page: Page) {
  const opened = page.context().waitForEvent('page');
  await planningPanel(page).getByRole('button', { name: 'Block this time' }).click();
  await (await opened).close();
}

/** "Tue, Sep 16" as the panel writes a date (en-US). */
export function shortDay(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** 20250916 */
export function compact(date: string): string {
  return date.replaceAll('-', '');
}

/**
 * Calendar's single-page navigation, simulated: the URL changes with history.pushState first, then the
 * page's views are replaced 50 ms later (as Calendar renders after the URL changes). Tandem's own hosts
 * appended to <body> stay, as they would on the real page. The fixtures have no scripts, so the new
 * body is parsed through a Trusted Types policy (the served CSP requires Trusted Types).
 */
export async function swapCalendar(page: Page, url: string, html: string): Promise<void> {
  await page.evaluate(
    ({ url, html }) => {
      const tt = (
        window as unknown as {
          trustedTypes: { createPolicy(name: string, rules: { createHTML(input: string): string }): unknown };
        }
      ).trustedTypes;
      const win = window as unknown as { __tandemCalendarPolicy?: { createHTML(input: string): unknown } };
      win.__tandemCalendarPolicy ??= tt.createPolicy('tandem-test', { createHTML: (input: string) => input }) as {
        createHTML(input: string): unknown;
      };
      history.pushState({}, '', url);
      setTimeout(() => {
        const parsed = new DOMParser().parseFromString(
          win.__tandemCalendarPolicy?.createHTML(html) as unknown as string,
          'text/html',
        );
        for (const child of [...document.body.children]) {
          if (!child.hasAttribute('data-tandem-host')) child.remove();
        }
        const hosts = document.body.firstChild;
        for (const child of [...parsed.body.children]) document.body.insertBefore(child, hosts);
        document.title = parsed.title;
      }, 50);
    },
    { url, html },
  );
}

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, limit = 150) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

/** The offered free times drawn on Calendar's grid, each a "Block this time: <day, time>" button. */
export function freeTimeBlocks(page: Page) {
  return tandemRoot(page, 'tandem-free-times').getByRole('button', { name: /^Block this time: / });
}

/** An offered time as the panel names it ("Tue, Sep 16, 1:00 – 1:45 PM"), read back among the `dates` shown. */
export function parseOfferedTime(text: string, dates: readonly string[]): { date: string; start: number; end: number } {
  const match =
    /([A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}), (\d{1,2}):(\d{2})\s*([AP]M)?\s*–\s*(\d{1,2}):(\d{2})\s*([AP]M)/.exec(text);
  const date = dates.find((candidate) => shortDay(candidate) === match?.[1]);
  if (!match || !date) throw new Error(`Not an offered time: ${text}`);
  const minutes = (hour: string, minute: string, half: string | undefined) =>
    ((Number(hour) % 12) + (half === 'PM' ? 12 : 0)) * 60 + Number(minute);
  const end = minutes(match[5] as string, match[6] as string, match[7]);
  // "11:30 AM – 12:15 PM" names both halves; "1:00 – 1:45 PM" only the end's.
  const start = minutes(match[2] as string, match[3] as string, match[4] ?? match[7]);
  return { date, start, end };
}
