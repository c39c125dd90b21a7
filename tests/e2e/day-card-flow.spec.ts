import { expect, test } from './harness';
import { addNewPerson, DENSITY_NOTES_URL, expectSaved, LAB_REPORT_URL, openLesson, panel } from './lesson-plan-page';
import { chooseOption, typeTime } from './support/closed-roots';

// Issue 13 as a teacher meets it, through the app alone (no seeded data): the class's meetings entered in the
// lesson panel the first time it asks, two lessons planned on one day with Marcus in different roles, then
// "Cards for this day" opens his day card with both stops, his role first. The card page's own checks (print,
// copy, e-mail, .ics, Spanish, keyboard, axe) are in cards.spec.ts; meetings and days in class-meetings.spec.ts.

const ROOM_AND_CLASS = '9:00–9:50 · Room 204 · Grade 7 Science — ';

test("two lessons planned on one day in the panel: Marcus's day card, opened from the lesson, shows both", async ({
  context,
}) => {
  const lesson = await context.newPage();
  const lab = await openLesson(lesson, LAB_REPORT_URL);
  await addNewPerson(lesson, 'Marcus Lee', 'Paraprofessional');
  await chooseOption(lab.getByRole('combobox', { name: 'Role for Marcus Lee' }), 'Lead a station');
  await lab.getByRole('radio', { name: 'Station teaching' }).check();
  await lab.getByRole('textbox', { name: 'Station 2 name' }).fill('Measure volume');
  await chooseOption(lab.getByRole('combobox', { name: 'Station 2 led by' }), 'Marcus Lee');
  await expectSaved(lesson);

  // The class has no meetings yet: the panel asks, once, and every weekday works (the card is for any day).
  await lab.getByRole('button', { name: "Enter the class's meetings" }).click();
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  for (const [index, day] of days.entries()) {
    const n = index + 1;
    if (n > 1) await lab.getByRole('button', { name: 'Add a meeting' }).click();
    await chooseOption(lab.getByRole('combobox', { name: `Day (meeting ${n})` }), day);
    await typeTime(lab.getByLabel(`Starts (meeting ${n})`), '09:00');
    await typeTime(lab.getByLabel(`Ends (meeting ${n})`), '09:50');
    await lab.getByRole('textbox', { name: `Room (meeting ${n})` }).fill('Room 204');
  }
  await lab.getByRole('button', { name: 'Save meetings' }).click();
  await lab.getByRole('button', { name: /^Teach it on the suggested day, / }).click();
  await expectSaved(lesson);
  const day = await lab.getByLabel('Day 1 taught').inputValue();
  expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // The second lesson, the same day (the class's next meeting is suggested to both), Marcus circulating.
  await lesson.goto(DENSITY_NOTES_URL);
  const notes = panel(lesson);
  await expect(notes.getByRole('radiogroup', { name: 'Co-teaching model' })).toBeVisible();
  await chooseOption(notes.getByRole('combobox', { name: 'Supporting adult' }), 'Marcus Lee');
  await notes.getByRole('button', { name: 'Add to lesson' }).click();
  await chooseOption(notes.getByRole('combobox', { name: 'Role for Marcus Lee' }), 'Circulate and assist');
  await notes.getByRole('button', { name: /^Teach it on the suggested day, / }).click();
  await expect(notes.getByLabel('Day 1 taught')).toHaveValue(day);
  await expectSaved(lesson);

  const opened = context.waitForEvent('page');
  await notes.getByRole('button', { name: 'Cards for this day' }).click();
  const cardPage = await opened;
  const card = cardPage.getByRole('article');
  await expect(cardPage.getByRole('heading', { level: 1 })).toHaveText(/^Marcus Lee — /);
  // Both stops, each opening with time · room · class — his role in that lesson.
  const stops = card.getByRole('listitem');
  await expect(stops).toHaveCount(2);
  const headlines = await stops.locator('strong').allTextContents();
  expect(headlines.sort()).toEqual([
    expect.stringMatching(new RegExp(`^${ROOM_AND_CLASS}Circulates and assists`)),
    expect.stringMatching(new RegExp(`^${ROOM_AND_CLASS}Leads station 2, Measure volume`)),
  ]);
});
