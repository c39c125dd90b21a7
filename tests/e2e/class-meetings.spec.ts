import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { addNewPerson, DENSITY_NOTES_URL, expectSaved, LAB_REPORT_URL, openLesson, panel } from './lesson-plan-page';
import { openOptions, readStores } from './options-page';
import { chooseOption, typeTime } from './support/closed-roots';

// Issue 13 item 1: a class's weekly meetings (options page, and the lesson panel the first time they are
// needed), the suggested day a lesson is taught, and the links to the card page (entrypoints/card/).

const COURSE_ID = '638595247147';
const LAB_REPORT_PLAN = `plan:${COURSE_ID}:638600123456`;

/** The day as the panel writes it (en-US, the tests' browser): "Tue, Dec 8". */
const shortDay = (date: string) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

async function storedPlan(options: Page, id: string) {
  const stores = await readStores(options);
  return stores.plans?.find((plan) => plan.id === id) as { taughtOn: string[] } | undefined;
}

test('meetings set on the options page give the lesson a suggested day, accepted in one click and kept', async ({
  context,
  extensionId,
}) => {
  const lesson = await context.newPage();
  const region = await openLesson(lesson, LAB_REPORT_URL);
  await addNewPerson(lesson, 'Marcus Lee', 'Paraprofessional');
  await expectSaved(lesson);
  const cards = region.getByRole('button', { name: 'Cards for this day' });
  await expect(cards).toBeDisabled();
  await expect(region.getByText('Choose the day it is taught first.')).toBeVisible();

  // The class is known from the plan; it has no meetings yet. Enter Tue and Thu 9:00–9:50, Room 204.
  const options = await openOptions(context, extensionId);
  const classes = options.getByRole('region', { name: 'Classes' });
  await expect(classes.getByText('Grade 7 Science has no meetings yet.')).toBeVisible();
  await classes.getByRole('button', { name: 'Add a meeting' }).click();
  await classes.getByRole('combobox', { name: 'Day (meeting 1)' }).selectOption({ label: 'Tuesday' });
  await classes.getByRole('textbox', { name: 'Room (meeting 1)' }).fill('Room 204');
  await classes.getByRole('button', { name: 'Add a meeting' }).click(); // the next day, same time and room
  await classes.getByRole('combobox', { name: 'Day (meeting 2)' }).selectOption({ label: 'Thursday' });
  // A row removed before saving comes back with Undo (focus is on it: the Remove button went with its row).
  await classes.getByRole('button', { name: /^Remove meeting 2, Thursday/ }).click();
  await expect(classes.getByText(/^Removed Thursday/)).toBeVisible();
  await expect(classes.getByRole('button', { name: 'Undo' })).toBeFocused();
  await options.keyboard.press('Enter');
  await expect(classes.getByRole('combobox', { name: 'Day (meeting 2)' })).toHaveValue('4');
  await classes.getByRole('button', { name: 'Save meetings' }).click();
  await expect(classes.getByText('Meetings saved.')).toBeVisible();
  const week = (await readStores(options)).classMeetings?.[0];
  expect(week).toMatchObject({
    id: `class:${COURSE_ID}`,
    courseName: 'Grade 7 Science',
    meetings: [
      { weekday: 2, start: 540, end: 590, room: 'Room 204' },
      { weekday: 4, start: 540, end: 590, room: 'Room 204' },
    ],
  });

  // Each person's Day card and Week card open the card page for today.
  const today = await options.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const person = (await readStores(options)).people?.[0] as { id: string };
  const cardBase = `chrome-extension://${extensionId}/card.html?person=${encodeURIComponent(person.id)}&date=${today}`;
  const people = options.getByRole('region', { name: 'People' });
  await expect(people.getByRole('link', { name: 'Day card for Marcus Lee' })).toHaveAttribute(
    'href',
    `${cardBase}&range=day`,
  );
  await expect(people.getByRole('link', { name: 'Week card for Marcus Lee' })).toHaveAttribute(
    'href',
    `${cardBase}&range=week`,
  );

  // Back on the lesson (a new page view reads the meetings): a marked suggestion, stored only once accepted.
  await lesson.reload();
  const accept = panel(lesson).getByRole('button', { name: /^Teach it on the suggested day, / });
  await expect(accept).toBeVisible();
  expect((await storedPlan(options, LAB_REPORT_PLAN))?.taughtOn).toEqual([]);
  await accept.click();
  await expectSaved(lesson);
  const taughtOn = (await storedPlan(options, LAB_REPORT_PLAN))?.taughtOn ?? [];
  expect(taughtOn).toHaveLength(1);
  const day = taughtOn[0] as string;
  expect([2, 4]).toContain(weekdayOf(day));
  expect(day >= today).toBe(true);

  // Kept across a reload, shown as the lesson's day (not as a suggestion any more).
  await lesson.reload();
  await expect(panel(lesson).getByLabel('Day 1 taught')).toHaveValue(day);
  await expect(panel(lesson).getByRole('button', { name: /^Teach it on the suggested day/ })).toHaveCount(0);

  // "Cards for this day" opens the card page of this lesson on that day, in a new tab.
  const opened = context.waitForEvent('page');
  await panel(lesson).getByRole('button', { name: 'Cards for this day' }).click();
  const cardPage = await opened;
  // The card page then writes its own choices into the address (range, the person picked), so the lesson and
  // the day are compared, not the whole address.
  const opens = (url: string) => {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}?lesson=${parsed.searchParams.get('lesson')}&date=${parsed.searchParams.get('date')}`;
  };
  await expect
    .poll(() => opens(cardPage.url()))
    .toBe(`chrome-extension://${extensionId}/card.html?lesson=${LAB_REPORT_PLAN}&date=${day}`);
  expect(shortDay(day)).toMatch(/^(Tue|Thu), /);
});

test('the lesson panel asks when a class without meetings meets, and keeps the answer when the tab closes at once', async ({
  context,
  extensionId,
}) => {
  const lesson = await context.newPage();
  const region = await openLesson(lesson, DENSITY_NOTES_URL);
  await expect(region.getByText(/^When does Grade 7 Science meet\?/)).toBeVisible();
  await expect(region.getByText('No day yet.')).toBeVisible();
  await region.getByRole('button', { name: "Enter the class's meetings" }).click();
  await chooseOption(region.getByRole('combobox', { name: 'Day (meeting 1)' }), 'Thursday');
  await typeTime(region.getByLabel('Starts (meeting 1)'), '10:00');
  await typeTime(region.getByLabel('Ends (meeting 1)'), '10:45');
  await region.getByRole('textbox', { name: 'Room (meeting 1)' }).fill('Lab B');
  await region.getByRole('button', { name: 'Save meetings' }).click();
  // Closed right after Save: the week was handed to the browser (the outbox) in the click itself.
  await lesson.close();

  const options = await openOptions(context, extensionId);
  await expect
    .poll(async () => (await readStores(options)).classMeetings?.[0]?.meetings)
    .toEqual([{ weekday: 4, start: 600, end: 645, room: 'Lab B' }]);

  // A material has no due date: the suggestion is the class's next meeting.
  const again = await context.newPage();
  const panelAgain = await openLesson(again, DENSITY_NOTES_URL);
  await expect(panelAgain.getByText(/^Grade 7 Science meets Thu 10:00/)).toBeVisible();
  await panelAgain.getByRole('button', { name: /^Teach it on the suggested day, Thu, / }).click();
  const first = panelAgain.getByLabel('Day 1 taught');
  await expect(first).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const day = await first.inputValue();
  // Another day: the next Thursday. Removing it shows Undo, which brings it back.
  await panelAgain.getByRole('button', { name: 'Add another day' }).click();
  const second = panelAgain.getByLabel('Day 2 taught');
  await expect(second).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  const nextDay = await second.inputValue();
  expect(weekdayOf(nextDay)).toBe(4);
  expect(nextDay > day).toBe(true);
  await panelAgain.getByRole('button', { name: `Remove ${shortDay(nextDay)}` }).click();
  await expect(panelAgain.getByText(`Removed ${shortDay(nextDay)}.`)).toBeVisible();
  await panelAgain.getByRole('button', { name: 'Undo' }).click();
  await expect(panelAgain.getByLabel('Day 2 taught')).toHaveValue(nextDay);
  await expectSaved(again);
  await expect
    .poll(async () => (await storedPlan(options, `plan:${COURSE_ID}:638600123457`))?.taughtOn)
    .toEqual([day, nextDay]);
  // Nobody supports this lesson yet: no cards to open.
  await expect(panelAgain.getByRole('button', { name: 'Cards for this day' })).toBeDisabled();
  await expect(panelAgain.getByText('Add a supporting adult first.')).toBeVisible();
});
