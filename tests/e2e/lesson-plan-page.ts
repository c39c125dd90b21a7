import { expect, type Page } from '@playwright/test';
import { chooseOption, tandemRoot, tandemUi } from './support/closed-roots';

// Tandem's UI in Classroom is in closed shadow roots: these helpers reach it through the test toolkit
// in support/closed-roots.ts (read its note before writing a locator of your own).
export { chooseOption, tandemUi };

// The Classroom lessons the end-to-end tests use, at their real URLs (served from tests/fixtures).
export const LAB_REPORT_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details';
export const DENSITY_NOTES_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details';
export const NO_HOOKS_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU5/details';
export const CLASSWORK_URL = 'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all';
export const STREAM_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3';

/** The panel, reached as a screen reader would: the landmark region by its name. */
export function panel(page: Page) {
  return tandemRoot(page, 'tandem-plan').getByRole('region', { name: 'Tandem co-teaching plan' });
}

/** The class summary on Classwork, a topic and the Stream. */
export function classSummary(page: Page) {
  return tandemRoot(page, 'tandem-summary').getByRole('region', { name: 'Tandem class summary' });
}

/** The badges' links on a Classroom list ("Tandem plan: …" or "No plan yet"), matching `name`. */
export function badgeLinks(page: Page, name: string | RegExp) {
  return tandemRoot(page, 'tandem-badge').getByRole('link', { name });
}

/**
 * Opens a lesson and its full plan (a first visit shows the compact plan: issue 14). The choice is remembered,
 * so the same test's later visits and reloads open with the full plan already there.
 */
export async function openLesson(page: Page, url = LAB_REPORT_URL) {
  await page.goto(url);
  const region = panel(page);
  const open = region.getByRole('button', { name: 'Open full plan' });
  const close = region.getByRole('button', { name: 'Close full plan' });
  await expect(open.or(close)).toBeVisible();
  if (await open.isVisible()) await open.click();
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  await expectFullPlan(region);
  return region;
}

/** The full plan is built: its model picker and its last section (built a part per task) are there. */
export async function expectFullPlan(region: ReturnType<typeof panel>) {
  await expect(region.getByRole('radiogroup', { name: 'Co-teaching model' })).toBeVisible();
  await expect(region.getByRole('heading', { name: 'Status', exact: true, level: 3 })).toBeVisible();
}

/** Opens a lesson as a first visit shows it: the compact plan. */
export async function openLessonCompact(page: Page, url = LAB_REPORT_URL) {
  await page.goto(url);
  const region = panel(page);
  await expect(region.getByRole('button', { name: 'Open full plan' })).toBeVisible();
  await expect(region.getByRole('radiogroup', { name: 'Co-teaching model' })).toBeVisible();
  return region;
}

/** Waits for the autosave to finish after an edit. */
export async function expectSaved(page: Page) {
  await expect(panel(page).getByRole('status')).toHaveText('Saved');
}

/** Adds a supporting adult who is not yet in Tandem, through the panel's inline form. */
export async function addNewPerson(page: Page, name: string, kind: string) {
  const region = panel(page);
  await region.getByRole('textbox', { name: "New person's name" }).fill(name);
  await chooseOption(region.getByRole('combobox', { name: 'Kind', exact: true }), kind);
  await region.getByRole('button', { name: 'Add new person' }).click();
  await expect(region.getByRole('combobox', { name: `Role for ${name}` })).toBeVisible();
}
