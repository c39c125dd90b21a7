import {
  ANA,
  card,
  importBackup,
  LAB,
  MARCUS,
  openCard,
  pdfPageCount,
  SETTINGS,
  stops,
  TUESDAY,
  ZOE,
} from './card-page';
import { expect, test } from './harness';
import { openOptions } from './options-page';

// A paraprofessional's full day: six periods in six classes, each lesson planned in full (stations, what to
// prepare, evidence to collect, behaviour support, target students), and one class's Saturday session.

const SATURDAY = '2026-09-19';
const PERIODS = [0, 1, 2, 3, 4, 5];
const at = '2026-09-01T12:00:00.000Z';
/** The period's hour as the card writes it: 8 … 12, then 1 (a school schedule has no a.m./p.m.). */
const hour = (n: number) => ((8 + n - 1) % 12) + 1;

function busyWeekBackup(): string {
  const courseId = (n: number) => `63859524715${n}`;
  const classMeetings = PERIODS.map((n) => ({
    id: `class:${courseId(n)}`,
    courseId: courseId(n),
    courseName: `Grade ${6 + (n % 3)} Science, section ${n + 1}`,
    meetings: [
      { weekday: 2, start: 480 + n * 60, end: 530 + n * 60, room: `Room 20${n}` },
      // The first class also meets on Saturday, outside the school week (Monday to Friday).
      ...(n === 0 ? [{ weekday: 6, start: 600, end: 650, room: 'Gym' }] : []),
    ],
    createdAt: at,
    updatedAt: at,
  }));
  const plans = PERIODS.map((n) => {
    const lesson = { ...LAB.lesson, courseId: courseId(n), courseName: `Section ${n + 1}` };
    return {
      ...LAB,
      id: `plan:${lesson.courseId}:${lesson.itemId}`,
      lesson: { ...lesson, title: `Density and buoyancy, part ${n + 1}: a lab with a long title` },
      checkHow: 'Exit ticket: which liquid is denser, and how you know; two sentences with evidence from the lab',
      checkCollector: MARCUS.id,
      behaviourSupport: 'Check-in card for J.S. at each rotation; calm corner pass for D.O. before it escalates',
      targetStudents: 'J.S., M.R., D.O., group B',
      materials: [{ id: 'material:1', what: 'graduated cylinders, food colouring, paper towels', owner: MARCUS.id }],
      taughtOn: n === 0 ? [TUESDAY, SATURDAY] : [TUESDAY],
    };
  });
  return JSON.stringify({
    format: 'tandem-backup',
    version: 2,
    exportedAt: '2026-09-10T12:00:00.000Z',
    records: {
      people: [MARCUS, ZOE, ANA],
      plans,
      classMeetings,
      notes: [],
      blocks: [],
      lost: [],
      settings: [SETTINGS],
    },
  });
}

test('a day of six fully planned stops prints on one page; a Saturday stop stays on the week card', async ({
  context,
  extensionId,
}) => {
  const options = await openOptions(context, extensionId);
  await importBackup(options, busyWeekBackup());
  const page = await context.newPage();

  await openCard(page, extensionId, { person: MARCUS.id, date: TUESDAY, range: 'day' });
  await expect(stops(page).locator('strong')).toHaveText(
    PERIODS.map(
      (n) =>
        new RegExp(`^${hour(n)}:00–${hour(n)}:50 · Room 20${n} · Grade ${6 + (n % 3)} Science, section ${n + 1} — `),
    ),
  );
  await page.emulateMedia({ media: 'print' });
  for (const format of ['Letter', 'A4']) {
    expect(pdfPageCount(await page.pdf({ format, printBackground: true })), format).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });

  await openCard(page, extensionId, { person: MARCUS.id, date: TUESDAY, range: 'week' });
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText([
    'Monday, September 14',
    'Tuesday, September 15',
    'Wednesday, September 16',
    'Thursday, September 17',
    'Friday, September 18',
    'Saturday, September 19',
  ]);
  await expect(card(page).getByRole('region', { name: 'Saturday, September 19' }).getByRole('listitem')).toHaveText(
    /^10:00–10:50 · Gym · Grade 6 Science, section 1 — Leads station 2/,
  );
});
