import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import {
  ANA,
  allowClipboard,
  CLASS_MEETINGS,
  card,
  controls,
  handOver,
  importBackup,
  LAB,
  MARCUS,
  MONDAY,
  openCard,
  parseIcs,
  pdfPageCount,
  RATIOS,
  SETTINGS,
  schoolWeekBackup,
  seriousViolations,
  stops,
  TUESDAY,
  visibleControlsInPrint,
  ZOE,
} from './card-page';
import { expect, test } from './harness';
import { openOptions, people, putRecords, tabTo } from './options-page';

// The push-in educator's card (issue 13 items 2–5): a day or week of the lessons one adult supports, and the
// ways to hand it over without an account — print, plain text, e-mail, .ics.

async function downloadedText(download: Download): Promise<string> {
  const path = await download.path();
  return readFile(path, 'utf8');
}

test("Marcus's day card: both stops in time order, one printed page, copied, e-mailed, as .ics, and live", async ({
  context,
  extensionId,
}) => {
  // Seeded through the app's own import: classes' meetings and two lessons on Tuesday.
  const options = await openOptions(context, extensionId);
  await importBackup(options, schoolWeekBackup());
  await allowClipboard(context);

  const page = await context.newPage();
  await openCard(page, extensionId, { person: MARCUS.id, date: TUESDAY, range: 'day' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Tuesday, September 15');
  await expect(page).toHaveTitle('Marcus Lee — Tuesday, September 15');
  await expect(card(page)).toHaveAttribute('lang', 'en');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(['Tuesday, September 15']);
  // Time order (8:30 science before 10:00 math, though math sorts first by name and id), his role first.
  const headlines = stops(page).locator('strong');
  await expect(headlines).toHaveText([
    '8:30–9:20 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups',
    '10:00–10:50 · Room 110 · Grade 7 Math — Circulates and assists',
  ]);
  await expect(stops(page).first()).toContainText('Prepare: graduated cylinders');
  await expect(stops(page).nth(1)).toContainText(
    'Behaviour support: Seat T.R. near the door; Jayden Smith gets a quiet break card',
  );
  // The behaviour note names a student in full: a gentle notice above the buttons, which all stay usable.
  await expect(page.getByRole('status').filter({ hasText: 'may name a student' })).toContainText('Jayden Smith');

  // Print: only the card on paper, one page on Letter and on A4.
  expect(await visibleControlsInPrint(page)).toEqual([]);
  await expect(card(page)).toBeVisible();
  for (const format of ['Letter', 'A4']) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPageCount(pdf), format).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });

  // Copy as text: both stops' lines, announced as copied.
  await handOver(page).getByRole('button', { name: 'Copy as text' }).click();
  await expect(handOver(page).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Marcus Lee — Tuesday, September 15');
  expect(copied).toMatch(/8:30–9:20 · Room 204 · Grade 7 Science — Leads station 2[\s\S]*10:00–10:50 · Room 110/);
  expect(copied).toContain('Prepare: graduated cylinders');

  // E-mail: a real mailto link, to his address, the body carrying both stops.
  const href = (await handOver(page).getByRole('link', { name: 'E-mail' }).getAttribute('href')) ?? '';
  const mailto = new URL(href);
  expect(mailto.protocol).toBe('mailto:');
  expect(decodeURIComponent(mailto.pathname)).toBe(MARCUS.email);
  expect(mailto.searchParams.get('subject')).toBe('Marcus Lee — Tuesday, September 15');
  const body = mailto.searchParams.get('body') ?? '';
  expect(body).toContain('8:30–9:20 · Room 204 · Grade 7 Science — Leads station 2');
  expect(body).toContain('10:00–10:50 · Room 110 · Grade 7 Math — Circulates and assists');
  await expect(handOver(page).getByText(/^No e-mail address/)).toHaveCount(0);

  // .ics: two events at the class times; a second download has the same UIDs (it replaces, not duplicates).
  const icsButton = handOver(page).getByRole('button', { name: 'Download .ics' });
  const first = page.waitForEvent('download');
  await icsButton.click();
  const download = await first;
  expect(download.suggestedFilename()).toBe('tandem-marcus-lee-2026-09-15.ics');
  const events = parseIcs(await downloadedText(download));
  expect(events.map(({ start, end }) => [start, end])).toEqual([
    ['2026-09-15T08:30:00', '2026-09-15T09:20:00'],
    ['2026-09-15T10:00:00', '2026-09-15T10:50:00'],
  ]);
  const again = page.waitForEvent('download');
  await icsButton.click();
  const second = parseIcs(await downloadedText(await again));
  expect(second.map((event) => event.uid)).toEqual(events.map((event) => event.uid));
  expect(new Set(events.map((event) => event.uid)).size).toBe(2);

  // The card follows the data live: his cards switched to Spanish on the options page, this tab follows unreloaded.
  const region = people(options);
  await region.getByRole('button', { name: 'Edit Marcus Lee' }).click();
  const editor = region.getByRole('form', { name: 'Edit Marcus Lee' });
  await editor.getByRole('combobox', { name: 'Language of their cards' }).selectOption({ label: 'Español' });
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(region.getByRole('status')).toHaveText('Saved Marcus Lee.');
  await expect(card(page)).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Martes, 15 de septiembre');
});

test('keyboard only: choose the person, Day/Week, the next day, and every hand-over action', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  // No people yet: the page says so and points to where people are added.
  await openCard(page, extensionId, { date: TUESDAY });
  await expect(page.getByText(/^No people yet\./)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open People' })).toHaveAttribute('href', /options\.html#people$/);

  await putRecords(page, 'people', [MARCUS, ZOE, { ...ANA, archived: true }]);
  await putRecords(page, 'plans', [LAB, RATIOS]);
  await putRecords(page, 'classMeetings', CLASS_MEETINGS);
  await putRecords(page, 'settings', [SETTINGS]);
  await allowClipboard(context);

  // An unknown person: said in plain words, and the select offers the others.
  await openCard(page, extensionId, { person: 'person:gone', date: MONDAY, range: 'day' });
  await expect(page.getByText(/^Tandem does not know the person this link names/)).toBeVisible();

  // "Cards for this day" from the lesson panel: the lesson's adults only, its first supporting adult chosen.
  await openCard(page, extensionId, { lesson: LAB.id, date: MONDAY });
  const person = controls(page).getByRole('combobox', { name: 'Card for' });
  await expect(person).toHaveValue(MARCUS.id);
  await expect(person.getByRole('option')).toHaveText(['Marcus Lee', 'Zoe Park']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Monday, September 14');
  await expect(page.getByText('Nothing with Marcus Lee on this day.', { exact: false })).toBeVisible();
  await expect(card(page)).toContainText('Nothing with you this day');

  // The select, from the keyboard: Zoe, then back to Marcus.
  await tabTo(page, person);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zoe Park — Monday, September 14');
  await expect(page).toHaveURL(/person=person%3Azoe/);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Monday, September 14');

  // Week with Space, Day with Enter.
  const week = controls(page).getByRole('button', { name: 'Week', exact: true });
  await tabTo(page, week);
  await page.keyboard.press('Space');
  await expect(week).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — week of September 14');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveCount(5);
  await page.keyboard.press('Shift+Tab');
  await expect(controls(page).getByRole('button', { name: 'Day', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Monday, September 14');

  // Next day: Tuesday, with both lessons.
  await tabTo(page, controls(page).getByRole('button', { name: 'Next day' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Marcus Lee — Tuesday, September 15');
  await expect(stops(page)).toHaveCount(2);
  await expect(page).toHaveURL(/date=2026-09-15/);

  // Print with Enter (the print dialog is the browser's: recorded here instead of opened).
  await page.evaluate(() => {
    const record = window as unknown as { printed: number };
    record.printed = 0;
    window.print = () => {
      record.printed++;
    };
  });
  await tabTo(page, handOver(page).getByRole('button', { name: 'Print' }));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  // Copy with Space.
  await tabTo(page, handOver(page).getByRole('button', { name: 'Copy as text' }));
  await page.keyboard.press('Space');
  await expect(handOver(page).getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Grade 7 Math — Circulates and assists');

  // E-mail with Enter: the link is followed (recorded here, so no mail program starts in the test).
  await page.evaluate(() => {
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="mailto:"]');
      if (!link) return;
      event.preventDefault();
      (window as unknown as { mailto: string }).mailto = link.href;
    });
  });
  await tabTo(page, handOver(page).getByRole('link', { name: 'E-mail' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { mailto?: string }).mailto))
    .toMatch(/^mailto:marcus@lincoln-ms\.example\?subject=/);

  // .ics with Enter.
  const downloading = page.waitForEvent('download');
  await tabTo(page, handOver(page).getByRole('button', { name: 'Download .ics' }));
  await page.keyboard.press('Enter');
  expect(parseIcs(await downloadedText(await downloading))).toHaveLength(2);
});

test('a Spanish card for Ana, day and week, and axe finds nothing serious on either', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await openCard(page, extensionId, { date: TUESDAY });
  await putRecords(page, 'people', [MARCUS, ANA]);
  await putRecords(page, 'plans', [LAB, RATIOS]);
  await putRecords(page, 'classMeetings', CLASS_MEETINGS);

  await openCard(page, extensionId, { person: ANA.id, date: TUESDAY, range: 'day' });
  await expect(card(page)).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Ruiz — Martes, 15 de septiembre');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'es');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(['Martes, 15 de septiembre']);
  await expect(stops(page).locator('strong')).toHaveText([
    '10:00–10:50 · Room 110 · Grade 7 Math — Enseñanza en grupo pequeño',
  ]);
  // Structured words in Spanish, the teacher's own words as typed.
  await expect(stops(page)).toContainText('Modelo: Uno enseña, otro circula');
  await expect(stops(page)).toContainText(
    'Apoyo de conducta: Seat T.R. near the door; Jayden Smith gets a quiet break card',
  );
  // The page around the card stays in the teacher's language.
  await expect(handOver(page).getByRole('button', { name: 'Copy as text' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await controls(page).getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ana Ruiz — semana del 14 de septiembre');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText([
    'Lunes, 14 de septiembre',
    'Martes, 15 de septiembre',
    'Miércoles, 16 de septiembre',
    'Jueves, 17 de septiembre',
    'Viernes, 18 de septiembre',
  ]);
  await expect(card(page).getByText('Nada programado contigo este día')).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
  // A week prints on at most two pages.
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    expect(pdfPageCount(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
  }
});
