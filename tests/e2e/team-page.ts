import type { Page } from '@playwright/test';
import { emptyPlanContent } from '../../utils/lesson-plan/defaults';
import type { LostOccurrence, PlanningBlock } from '../../utils/schema/calendar';
import type { Note } from '../../utils/schema/note';
import type { Person } from '../../utils/schema/person';
import type { LessonPlan, PlanContent } from '../../utils/schema/plan';

// A month of co-teaching history for the Team page (issue 15), as a backup file the options page imports:
// Grade 7 Science in September 2026, ten dated lessons. Eight are Lead and roam with Marcus preparing materials
// (he never leads: a nudge), one is Stations where Ana leads a station, and one has two phases: Lead and roam, then
// Parallel with Pat (archived since) leading a group. Plus a Science lesson with no date, one in October, a Math
// lesson, a weekly planning block lost three Mondays running, two coverage marks and three thank-yous.

const at = '2026-08-20T12:00:00.000Z';
export const SCIENCE = { courseId: '638595247147', courseName: 'Grade 7 Science' };
const MATH = { courseId: '638595247140', courseName: 'Grade 7 Math' };
/** Written in a lesson's plan; the Team page must never show it (nor print it). */
export const STUDENT_NAME = 'Jayden Smith';

const person = (id: string, name: string, archived = false): Person => ({
  id,
  name,
  kind: 'paraprofessional',
  archived,
  createdAt: at,
  updatedAt: at,
});
const MARCUS = person('person:marcus', 'Marcus Lee');
const ANA = person('person:ana', 'Ana Ruiz');
const PAT = person('person:pat', 'Pat Jones', true);

function plan(course: typeof SCIENCE, item: number, content: Partial<PlanContent>, updatedAt = at): LessonPlan {
  const itemId = String(638600100000 + item);
  return {
    id: `plan:${course.courseId}:${itemId}`,
    lesson: { ...course, itemId, itemKind: 'a', account: '0', title: `Lesson ${item}` },
    ...emptyPlanContent(),
    ...content,
    createdAt: at,
    updatedAt,
  };
}

const ROAM_DAYS = [
  '2026-09-01',
  '2026-09-02',
  '2026-09-03',
  '2026-09-04',
  '2026-09-08',
  '2026-09-09',
  '2026-09-10',
  '2026-09-11',
];
const roam = (index: number, model: PlanContent['model'], updatedAt?: string) =>
  plan(
    SCIENCE,
    index + 1,
    {
      model,
      taughtOn: [ROAM_DAYS[index] ?? ''],
      supports: [{ personId: MARCUS.id, role: 'prepare-materials' }],
      ...(index === 0 ? { targetStudents: STUDENT_NAME, behaviourSupport: `${STUDENT_NAME} gets a break card` } : {}),
      ...(index === 2 ? { coverage: [{ personId: MARCUS.id, minutes: 45 }] } : {}),
    },
    updatedAt,
  );

const PLANS: LessonPlan[] = [
  ...ROAM_DAYS.map((_, index) => roam(index, 'lead-and-roam')),
  plan(SCIENCE, 9, {
    model: 'stations',
    taughtOn: ['2026-09-15'],
    supports: [
      { personId: ANA.id, role: 'lead-station' },
      { personId: MARCUS.id, role: 'prepare-materials' },
    ],
    stations: [
      { id: 'station:1', name: 'Demo', leader: 'teacher', minutes: 15 },
      { id: 'station:2', name: 'Measure', leader: ANA.id, minutes: 15 },
    ],
    coverage: [{ personId: ANA.id, minutes: 50 }],
  }),
  plan(SCIENCE, 10, {
    model: null,
    taughtOn: ['2026-09-16'],
    phases: [
      { phase: 'opening', model: 'lead-and-roam', supports: [{ personId: MARCUS.id, role: 'circulate' }] },
      { phase: 'practice', model: 'parallel', supports: [{ personId: PAT.id, role: 'lead-parallel-group' }] },
    ],
  }),
  plan(SCIENCE, 11, { model: 'team' }), // no day taught, no due date
  plan(SCIENCE, 12, { model: 'team', taughtOn: ['2026-10-01'] }),
  plan(MATH, 13, { model: 'team', taughtOn: ['2026-09-02'], supports: [{ personId: ANA.id, role: 'small-group' }] }),
];

const BLOCK: PlanningBlock = {
  id: 'block:1',
  uid: 'block-1@tandem.invalid',
  partnerId: MARCUS.id,
  title: 'Co-planning: Ms. Diaz + Marcus Lee',
  firstDate: '2026-09-07',
  start: 13 * 60,
  end: 13 * 60 + 45,
  repeat: 'weekly',
  timeZone: 'America/New_York',
  seenAt: '2026-09-07T18:00:00.000Z',
  createdAt: at,
  updatedAt: at,
};
const LOST: LostOccurrence[] = ['2026-09-14', '2026-09-21', '2026-09-28'].map((date) => ({
  id: `lost:${BLOCK.id}:${date}`,
  blockId: BLOCK.id,
  date,
  minutes: 45,
  createdAt: at,
  updatedAt: at,
}));
const thankYou = (id: string, personId: string, course?: typeof SCIENCE): Note => ({
  id,
  text: 'Thank you for the lab setup',
  kind: 'thank-you',
  personId,
  ...(course ? { link: { courseId: course.courseId, title: course.courseName } } : {}),
  done: false,
  createdAt: '2026-09-10T15:00:00.000Z',
  updatedAt: '2026-09-10T15:00:00.000Z',
});

function backupFile(records: Partial<Record<string, unknown[]>>): string {
  return JSON.stringify({
    format: 'tandem-backup',
    version: 3,
    exportedAt: '2026-10-01T12:00:00.000Z',
    records: {
      people: [],
      plans: [],
      classMeetings: [],
      templates: [],
      notes: [],
      blocks: [],
      lost: [],
      settings: [],
      ...records,
    },
  });
}

export function historyBackup(): string {
  return backupFile({
    people: [MARCUS, ANA, PAT],
    plans: PLANS,
    blocks: [BLOCK],
    lost: LOST,
    notes: [thankYou('note:1', MARCUS.id, SCIENCE), thankYou('note:2', MARCUS.id), thankYou('note:3', ANA.id, MATH)],
  });
}

/** Two of the Lead and roam lessons redone as Stations (a later edit): 7 of the last 10, under the nudge's 8. */
export function lessRoamingBackup(): string {
  const later = '2026-10-02T12:00:00.000Z';
  return backupFile({ plans: [roam(0, 'stations', later), roam(1, 'stations', later)] });
}

export function teamUrl(extensionId: string, query = ''): string {
  return `chrome-extension://${extensionId}/team.html${query}`;
}

/** A table's header and body rows as text, cell by cell (the text table beside a chart). */
export async function tableRows(page: Page, caption: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: caption });
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
}

/** RFC 4180 rows (quoted fields with commas and doubled quotes), as a spreadsheet reads the CSV download. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}
