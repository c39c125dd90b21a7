import { expect, test } from './harness';
import {
  addNewPerson,
  badgeLinks,
  CLASSWORK_URL,
  classSummary,
  expectSaved,
  LAB_REPORT_URL,
  openLesson,
  STREAM_URL,
} from './lesson-plan-page';
import { tandemUi } from './support/closed-roots';
import { serveHtml } from './support/launch.mjs';
import { spanishClassworkAround } from './support/spanish-classwork';
import { tableRows, teamUrl } from './team-page';

test('Classwork badges planned and unplanned lessons, and a badge opens its lesson', async ({ context }) => {
  const page = await context.newPage();
  const region = await openLesson(page);
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('radio', { name: 'Station teaching' }).check();
  await expectSaved(page);

  await page.goto(CLASSWORK_URL);
  const planned = badgeLinks(page, /^Tandem plan:/);
  await expect(planned).toHaveCount(1);
  await expect(planned).toHaveAccessibleName('Tandem plan: Station teaching, ML');
  // The other seven rows stand out as unplanned.
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(7);
  // Each row has exactly one badge, in its own row.
  const row = page.locator('li[data-stream-item-id="638600123456"]');
  await expect(tandemUi(row).getByRole('link', { name: /^Tandem plan:/ })).toHaveCount(1);

  await planned.click();
  await expect(page).toHaveURL(LAB_REPORT_URL);

  // The same Classwork in Spanish (issue 16), due in the coming days: the summary reads "Fecha de entrega: …".
  await serveHtml(context, CLASSWORK_URL, spanishClassworkAround(new Date()));
  await page.goto(CLASSWORK_URL);
  await expect(badgeLinks(page, /^Tandem plan:/)).toHaveCount(1);
  await expect(classSummary(page)).toContainText('Next two weeks: 1 planned, 2 without a plan');
});

test('rows Classroom adds later get a badge, and re-renders never duplicate them', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(CLASSWORK_URL);
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(8);

  // Classroom re-renders a row (same element moved) and adds a new one ("View more").
  await page.evaluate(() => {
    const list = document.querySelector('li[data-stream-item-id="638600123461"]')?.parentElement;
    const first = document.querySelector('li[data-stream-item-id="638600123463"]');
    if (!list || !first) throw new Error('fixture changed');
    list.append(first);
    const added = document.createElement('li');
    added.setAttribute('data-stream-item-id', '638600123999');
    added.setAttribute('data-stream-item-type', '5');
    const button = document.createElement('div');
    button.setAttribute('role', 'button');
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-label', 'Lab Safety Quiz Review');
    button.textContent = 'Lab Safety Quiz Review';
    added.append(button);
    list.append(added);
  });
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(9);
  await expect(page.locator('li[data-stream-item-id="638600123463"] tandem-badge')).toHaveCount(1);
});

test('the Stream badges its lessons and shows the class summary; a coverage mark reaches the Team page', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const region = await openLesson(page, LAB_REPORT_URL);
  await region.getByRole('radio', { name: 'Parallel teaching' }).check();
  // Marcus was pulled to cover another class during this lesson: one click in the full plan (issue 15).
  await addNewPerson(page, 'Marcus Lee', 'Paraprofessional');
  await region.getByRole('checkbox', { name: 'Marcus Lee was pulled for coverage' }).check();
  await region.getByRole('spinbutton', { name: 'Minutes Marcus Lee was away' }).fill('30');
  await expectSaved(page);

  await page.goto(STREAM_URL);
  await expect(badgeLinks(page, 'Tandem plan: Parallel teaching')).toHaveCount(1);
  await expect(badgeLinks(page, /^No plan yet/)).toHaveCount(1);
  const summary = classSummary(page);
  await expect(summary).toContainText('On this page: 1 of 2 lessons planned');
  await expect(summary).toContainText('Parallel teaching × 1');
  // "How the team works" opens the Team page for this class (issue 15), in a tab of its own.
  const teamTab = context.waitForEvent('page');
  await summary.getByRole('button', { name: 'How the team works' }).click();
  const team = await teamTab;
  await expect(team).toHaveURL(/\/team\.html\?class=638595247147/);
  // The lesson's 30 minutes, counted for Marcus (a range wide enough for the due date Classroom shows without a year).
  // (Its own address, not team.url() with more added: the page writes its choices into its address as it loads.)
  await team.goto(teamUrl(extensionId, '?class=638595247147&period=custom&from=2025-01-01&to=2028-12-31'));
  const coverage = team.getByRole('table', { name: 'Co-taught minutes lost to coverage' });
  await expect(coverage.getByRole('row', { name: /Marcus Lee/ })).toHaveCount(1);
  const marcus = (await tableRows(team, 'Co-taught minutes lost to coverage')).find((row) => row[0] === 'Marcus Lee');
  expect(marcus?.at(-1)).toBe('30');
});
