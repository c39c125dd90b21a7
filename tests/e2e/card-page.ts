import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { emptyPlanContent } from '../../utils/lesson-plan/defaults';
import type { ClassMeetings } from '../../utils/schema/class-meetings';
import type { Person } from '../../utils/schema/person';
import type { LessonPlan, PlanContent } from '../../utils/schema/plan';
import type { Settings } from '../../utils/schema/settings';
import { backup } from './options-page';

// The card page (components/card/), reached as a screen reader would, and a small school week to show on it:
// two classes meeting on Tuesday, a science lab at 8:30 where Marcus leads a station and a math lesson at 10:00
// where he circulates and Ana (whose cards are in Spanish) teaches a small group.

/** A Tuesday; the week of Monday 2026-09-14. */
export const TUESDAY = '2026-09-15';
export const MONDAY = '2026-09-14';

export function cardUrl(extensionId: string, query: Record<string, string>): string {
  return `chrome-extension://${extensionId}/card.html?${new URLSearchParams(query).toString()}`;
}

/** Opens a card page and waits until it shows something other than "Loading…". */
export async function openCard(page: Page, extensionId: string, query: Record<string, string>): Promise<void> {
  await page.goto(cardUrl(extensionId, query));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const card = (page: Page): Locator => page.getByRole('article');
export const controls = (page: Page): Locator => page.getByRole('region', { name: 'Whose card, and when' });
export const handOver = (page: Page): Locator => page.getByRole('region', { name: 'Hand it over' });
/** The stops of the card, in the order shown. */
export const stops = (page: Page): Locator => card(page).getByRole('listitem');

const at = '2026-09-01T12:00:00.000Z';

export const MARCUS: Person = {
  id: 'person:marcus',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  email: 'marcus@lincoln-ms.example',
  archived: false,
  createdAt: at,
  updatedAt: at,
};
export const ZOE: Person = {
  id: 'person:zoe',
  name: 'Zoe Park',
  kind: 'special-education-teacher',
  archived: false,
  createdAt: at,
  updatedAt: at,
};
export const ANA: Person = {
  id: 'person:ana',
  name: 'Ana Ruiz',
  kind: 'related-service-provider',
  email: 'ana@lincoln-ms.example',
  cardLanguage: 'es',
  archived: false,
  createdAt: at,
  updatedAt: at,
};

const SCIENCE = { courseId: '638595247147', courseName: 'Grade 7 Science' };
// Math's course id sorts before Science's and "Math" before "Science": only the meeting times put Science first.
const MATH = { courseId: '638595247140', courseName: 'Grade 7 Math' };

export const CLASS_MEETINGS: ClassMeetings[] = [
  {
    id: `class:${SCIENCE.courseId}`,
    ...SCIENCE,
    meetings: [{ weekday: 2, start: 8 * 60 + 30, end: 9 * 60 + 20, room: 'Room 204' }],
    createdAt: at,
    updatedAt: at,
  },
  {
    id: `class:${MATH.courseId}`,
    ...MATH,
    meetings: [{ weekday: 2, start: 10 * 60, end: 10 * 60 + 50, room: 'Room 110' }],
    createdAt: at,
    updatedAt: at,
  },
];

function plan(
  course: { courseId: string; courseName: string },
  itemId: string,
  title: string,
  content: Partial<PlanContent>,
): LessonPlan {
  return {
    id: `plan:${course.courseId}:${itemId}`,
    lesson: { ...course, itemId, itemKind: 'a', account: '0', title },
    ...emptyPlanContent(),
    taughtOn: [TUESDAY],
    ...content,
    createdAt: at,
    updatedAt: at,
  };
}

/** Marcus leads station 2; Zoe observes. */
export const LAB = plan(SCIENCE, '638600123456', 'Lab Report: Density of Liquids', {
  model: 'stations',
  supports: [
    { personId: MARCUS.id, role: 'lead-station' },
    { personId: ZOE.id, role: 'observe-data' },
  ],
  stations: [
    { id: 'station:1', name: 'Density demo', leader: 'teacher', minutes: 15 },
    { id: 'station:2', name: 'Measure volume', leader: MARCUS.id, minutes: 15 },
    { id: 'station:3', name: 'Reading', leader: 'independent', minutes: 15 },
  ],
  groups: ['A', 'B', 'C'],
  materials: [{ id: 'material:1', what: 'graduated cylinders', owner: MARCUS.id }],
});

/** Marcus circulates; Ana teaches a small group. The behaviour note names a student in full, on purpose. */
export const RATIOS = plan(MATH, '638600123457', 'Ratios warm-up', {
  model: 'lead-and-roam',
  supports: [
    { personId: MARCUS.id, role: 'circulate' },
    { personId: ANA.id, role: 'small-group' },
  ],
  behaviourSupport: 'Seat T.R. near the door; Jayden Smith gets a quiet break card',
  targetStudents: 'T.R., K.M.',
});

export const SETTINGS: Settings = {
  id: 'settings',
  myName: 'Ms. Diaz',
  schoolDay: { weekdays: [1, 2, 3, 4, 5], start: 450, end: 960 },
  createdAt: at,
  updatedAt: at,
};

/** A version 2 backup file holding the school week above (utils/backup/format.ts). */
export function schoolWeekBackup(): string {
  return JSON.stringify({
    format: 'tandem-backup',
    version: 2,
    exportedAt: '2026-09-10T12:00:00.000Z',
    records: {
      people: [MARCUS, ZOE, ANA],
      plans: [LAB, RATIOS],
      classMeetings: CLASS_MEETINGS,
      notes: [],
      blocks: [],
      lost: [],
      settings: [SETTINGS],
    },
  });
}

/** Imports a backup file through the options page (Backup and data → Backup file → Merge), as a teacher would. */
export async function importBackup(options: Page, json: string): Promise<void> {
  const region = backup(options);
  await region
    .getByLabel('Backup file')
    .setInputFiles({ name: 'school-week.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await region.getByRole('button', { name: 'Merge' }).click();
  await expect(region.getByText(/^Merged\./)).toBeVisible();
}

/** Pages in a PDF Chromium wrote: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** The print media's visible Tandem controls: buttons, links, fields (there must be none on paper). */
export async function visibleControlsInPrint(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const found = await page
    .locator('button, a, select, input, textarea, [role="status"]:not(:empty)')
    .evaluateAll((elements) =>
      elements
        .filter((element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0)
        .map((element) => `${element.localName}: ${element.textContent?.trim() ?? ''}`),
    );
  return found;
}

export interface IcsEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
}

/** The events of an .ics file, parsed with ical.js (an independent reader, not the writer Tandem uses). */
export function parseIcs(text: string): IcsEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
    };
  });
}

/**
 * Grants the clipboard, as a teacher's browser does when they click Copy. To every origin: Playwright cannot
 * name a chrome-extension:// origin here ("Permission can't be granted to opaque origins").
 */
export async function allowClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** axe's serious and critical violations on the page as it is now. */
/**
 * Serious colour violations only (contrast, links told apart by colour alone): what a dark theme can change. A
 * page already scanned whole in light needs only these in dark; the other rules would find the same nodes again,
 * and a whole scan is one of the suite's dearest steps.
 */
export async function colourViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
  expect(results.passes.length + results.violations.length).toBeGreaterThan(0);
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}
