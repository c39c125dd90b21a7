import type { Locator, Page } from '@playwright/test';
import { expect, test } from './harness';
import { openLesson } from './lesson-plan-page';
import { openFutureWeek } from './planning-time-page';
import { axeInside } from './support/closed-roots';

// Tandem's UI in Google's pages is light or dark as the page is shown, not as the system is set
// (issue 14; utils/content/page-theme.ts): with the system in dark mode a light Classroom page keeps a
// light panel, and the panel turns dark when the page does (here the test paints the page's own
// <body> dark, as a dark theme would) and light again when it goes back.

const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(31, 31, 31)', scheme: 'light' };
const DARK = { background: 'rgb(31, 31, 31)', text: 'rgb(227, 227, 227)', scheme: 'dark' };

/** The colours Tandem painted, read inside its closed root (support/closed-roots.ts). */
function painted(surface: Locator, control: Locator) {
  return async () => ({
    background: await surface.evaluate((element) => getComputedStyle(element).backgroundColor),
    text: await surface.evaluate((element) => getComputedStyle(element).color),
    // Native controls (selects, text fields) follow the same scheme.
    scheme: await control.evaluate((element) => getComputedStyle(element).colorScheme),
  });
}

/** Paints the page's own <body>, as Classroom's or Calendar's dark theme would; '' is the page's own again. */
async function paintPage(page: Page, background: string) {
  await page.evaluate((color) => {
    document.body.style.backgroundColor = color;
  }, background);
}

async function seriousViolations(page: Page, host: string): Promise<string[]> {
  const results = await axeInside(page, `[data-tandem-host="${host}"]`);
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.help}`);
}

test('the panels take light or dark from the Classroom and Calendar page they sit in, not from the system', async ({
  context,
  extensionErrors,
}) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  const region = await openLesson(page);
  const lessonPanel = painted(region, region.getByRole('combobox').first());
  // The system is dark, Classroom is white: the panel is light.
  await expect.poll(lessonPanel).toEqual(LIGHT);

  // Classroom turns dark: so does the panel, readable (axe), and it stays dark when the system turns light.
  await paintPage(page, 'rgb(32, 33, 36)');
  await expect.poll(lessonPanel).toEqual(DARK);
  expect(await seriousViolations(page, 'tandem-plan'), 'dark panel on a dark page').toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(lessonPanel).toEqual(DARK);
  await paintPage(page, '');
  await expect.poll(lessonPanel).toEqual(LIGHT);

  // Calendar, also with the system dark: the launcher and the planning panel are light on its white page.
  const { page: calendar, launcher } = await openFutureWeek(context, (tab) =>
    tab.emulateMedia({ colorScheme: 'dark' }),
  );
  await expect(launcher).toBeVisible();
  const launcherColour = () => launcher.evaluate((element) => getComputedStyle(element).backgroundColor);
  await expect.poll(launcherColour).toBe(LIGHT.background);
  await paintPage(calendar, 'rgb(32, 33, 36)');
  await expect.poll(launcherColour).toBe(DARK.background);
  expect(extensionErrors).toEqual([]);
});
