import { readFile } from 'node:fs/promises';
import { importBackup, pdfPageCount, seriousViolations, visibleControlsInPrint } from './card-page';
import { expect, test } from './harness';
import { openOptions, tabTo } from './options-page';
import { historyBackup, lessRoamingBackup, parseCsv, SCIENCE, STUDENT_NAME, tableRows, teamUrl } from './team-page';

// Issue 15: the Team page, with a month of history imported through the options page's own import. One flow:
// counts in its tables for a class and a month, nudges that appear and go as the data changes, a CSV file equal
// to its table, one printed page without student names, all of it from the keyboard, and axe.

test('Team page: a month of Grade 7 Science in tables and nudges, live, from the keyboard, as CSV and on one page', async ({
  context,
  extensionId,
  extensionErrors,
}, testInfo) => {
  const options = await openOptions(context, extensionId);
  // The options page links to it, in its own tab.
  const opening = context.waitForEvent('page');
  await options.getByRole('link', { name: 'How the team works' }).click();
  const team = await opening;
  await team.goto(teamUrl(extensionId, '?month=2026-09'));
  await expect(team.getByRole('heading', { level: 1 })).toHaveText('How the team works');
  await expect(team.getByText('Nothing to suggest for this period.')).toBeVisible();
  const nudges = team.getByRole('region', { name: 'Suggestions' }).getByRole('listitem');
  const roaming = nudges.filter({ hasText: /^Lead and roam/ });

  // The history arrives through the options page's import; the open Team page follows (all classes: 8 of 10).
  await importBackup(options, historyBackup());
  await expect(roaming).toHaveText(/in 8 of the last 10 lessons: try stations or parallel teaching/);

  // Keyboard only: the class select, to Grade 7 Science (All classes, Grade 7 Math, Grade 7 Science).
  const classSelect = team.getByRole('combobox', { name: 'Class' });
  await tabTo(team, classSelect);
  await team.keyboard.press('ArrowDown');
  await team.keyboard.press('ArrowDown');
  await expect(classSelect).toHaveValue(SCIENCE.courseId);
  await expect(team).toHaveURL(/class=638595247147/);
  await expect(team.getByText(/^10 lessons, Sep 1, 2026 – Sep 30, 2026/)).toContainText(
    'Not counted: 1 lessons with no day taught and no due date.',
  );
  await expect(nudges).toHaveText([
    /^Lead and roam \(one teach, one assist\) in 9 of the last 10 lessons/,
    /^Marcus Lee has not led a group in this period \(10 lessons together\)/,
    'Planning time lost 3 weeks in a row: 135 minutes.',
  ]);

  // The tables: a phase counts for its share, archived people are named so, weeks cut to the month.
  expect(await tableRows(team, 'Model mix')).toEqual([
    ['Model', 'Lessons'],
    ['Lead and roam', '8.5'],
    ['Parallel teaching', '0.5'],
    ['Station teaching', '1'],
    ['Alternative teaching', '0'],
    ['Team teaching', '0'],
    ['One teach, one observe', '0'],
  ]);
  const roles = await tableRows(team, 'Roles each adult held');
  const column = (name: string) => roles[0]?.indexOf(name) ?? -1;
  const marcus = roles.find((row) => row[0] === 'Marcus Lee') ?? [];
  expect([
    marcus[column('Lessons')],
    marcus[column('Prepare materials')],
    marcus[column('Circulate and assist')],
  ]).toEqual(['10', '9', '1']);
  expect(roles.map((row) => row[0])).toEqual(['Adult', 'Marcus Lee', 'Ana Ruiz', 'Pat Jones (archived)']);
  expect(await tableRows(team, 'Who leads')).toEqual([
    ['Month', 'Lessons', 'You (teacher)', 'Ana Ruiz', 'Pat Jones (archived)'],
    ['September 2026', '10', '10', '1', '1'],
  ]);
  expect(await tableRows(team, 'Planning minutes per week')).toEqual([
    ['Week of', 'Planned', 'Lost'],
    ['Aug 31', '0', '0'],
    ['Sep 7', '45', '0'],
    ['Sep 14', '45', '45'],
    ['Sep 21', '45', '45'],
    ['Sep 28', '45', '45'],
  ]);
  expect(await tableRows(team, 'Co-taught minutes lost to coverage')).toEqual([
    ['Adult', 'September 2026', 'Total'],
    ['Marcus Lee', '45', '45'],
    ['Ana Ruiz', '50', '50'],
  ]);
  expect(await tableRows(team, 'Thank-yous')).toEqual([
    ['Adult', 'Thank-you notes'],
    ['Marcus Lee', '1'],
  ]);

  // CSV, from the keyboard: the file holds exactly the table's rows.
  const csvButton = team.getByRole('button', { name: 'Download “Model mix” as CSV' });
  await tabTo(team, csvButton);
  const downloading = team.waitForEvent('download');
  await team.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tandem-team-mix-\d{4}-\d{2}-\d{2}\.csv$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const csvRows = parseCsv(csv);
  expect(csvRows).toEqual(await tableRows(team, 'Model mix'));

  // Print: one page on Letter and A4, no controls, and no student's name anywhere on the page.
  expect(await team.locator('body').textContent()).not.toContain(STUDENT_NAME);
  expect(await visibleControlsInPrint(team)).toEqual([]);
  for (const format of ['Letter', 'A4']) {
    expect(pdfPageCount(await team.pdf({ format, printBackground: true })), format).toBe(1);
  }
  await team.emulateMedia({ media: 'screen' });

  expect(await seriousViolations(team)).toEqual([]);

  // Two of those lessons redone as Stations (a partner's later edit, merged): 7 of the last 10, the nudge goes.
  await importBackup(options, lessRoamingBackup());
  await expect(
    team.getByRole('table', { name: 'Model mix' }).getByRole('row', { name: /Station teaching/ }),
  ).toHaveText(/Station teaching\s*3/);
  await expect(roaming).toHaveCount(0);
  await expect(nudges.first()).toHaveText(/^Marcus Lee has not led a group/);

  // The term, from the keyboard: August to December, October's lesson included.
  await tabTo(team, team.getByRole('radio', { name: 'Month' }));
  await team.keyboard.press('ArrowRight');
  await expect(team.getByRole('radio', { name: 'Term' })).toBeChecked();
  await expect(team.getByText(/^11 lessons, Aug 1, 2026 – Dec 31, 2026/)).toBeVisible();
  expect(extensionErrors).toEqual([]);
});
