import * as fc from 'fast-check';
import type { BackupData } from '../../../utils/backup/format';
import { copyablePart } from '../../../utils/lesson-plan/copy-plan';
import { planId } from '../../../utils/lesson-plan/defaults';
import type { LostOccurrence, PlanningBlock } from '../../../utils/schema/calendar';
import { type ClassMeetings, classMeetingsId } from '../../../utils/schema/class-meetings';
import type { Note } from '../../../utils/schema/note';
import type { Person } from '../../../utils/schema/person';
import type { LessonPlan } from '../../../utils/schema/plan';
import type { PlanTemplate } from '../../../utils/schema/plan-template';
import type { Settings } from '../../../utils/schema/settings';
import {
  CARD_LANGUAGES,
  MODEL_IDS,
  NOTE_KINDS,
  PERSON_KINDS,
  PHASE_IDS,
  ROLE_IDS,
  STATUS_IDS,
} from '../../../utils/vocabulary';

// Datasets that are valid under the record schemas and that the schemas return unchanged (text that the
// schema trims is generated trimmed), so a round trip can be compared with deep equality.

/** Hard cases for text: astral-plane emoji (with skin tone and ZWJ), combining marks, CJK, CSV-ish characters. */
const PIECES = [
  '😀',
  '👩🏽‍🏫',
  '🧑‍🤝‍🧑',
  'e\u0301',
  '\u0303',
  'ñ',
  '漢字',
  '𝔘𝔫𝔦',
  'Ω',
  ',',
  '"',
  '\n',
  '\r\n',
  '\t',
  '=',
  ' ',
];

// zod measures string lengths in code points (zod 4.6 checks.js $ZodCheckMaxLength), so an emoji counts
// once: text at the limit can be twice as many UTF-16 units.

/** The first `max` code points, so a surrogate pair is never split. */
function clip(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/** Text exactly `max` code points long, made of one repeated piece (emoji, accents…). */
function fullLength(max: number): fc.Arbitrary<string> {
  return fc.constantFrom('😀', 'é', 'e\u0301', '漢', 'a b').map((piece) => {
    const points = Array.from(piece.repeat(max)).slice(0, max);
    return points.join('');
  });
}

interface TextOptions {
  min?: number;
  /** The schema trims this field (z.trim()). */
  trimmed?: boolean;
}

export function text(max: number, { min = 0, trimmed = false }: TextOptions = {}): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
      { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 24 }) },
      { weight: 1, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fullLength(max) },
    )
    .map((value) => clip(value, max))
    .map((value) => (trimmed ? value.trim() : value))
    .filter((value) => value.length >= min);
}

const id = (prefix: string) => text(100, { min: 1 }).map((value) => `${prefix}:${value}`);
const numericId = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 });
const account = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 3 });
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const timestamp = instant.map((date) => date.toISOString());
const calendarDate = instant.map((date) => date.toISOString().slice(0, 10));
const dayMinute = fc.integer({ min: 0, max: 1440 });
const weekday = fc.integer({ min: 0, max: 6 });
const leader = fc.oneof(fc.constantFrom('teacher', 'independent'), id('person'));
const itemKind = fc.constantFrom('a' as const, 'm' as const, 'sa' as const, 'mc' as const);

export const person: fc.Arbitrary<Person> = fc.record(
  {
    id: id('person'),
    name: text(120, { min: 1, trimmed: true }),
    kind: fc.constantFrom(...PERSON_KINDS),
    email: text(200),
    strengths: text(4000),
    freePeriods: fc.array(fc.record({ weekday, start: dayMinute, end: dayMinute }), { maxLength: 4 }),
    cardLanguage: fc.constantFrom(...CARD_LANGUAGES),
    archived: fc.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'name', 'kind', 'archived', 'createdAt', 'updatedAt'] },
);

const support = fc.record({ personId: id('person'), role: fc.constantFrom(...ROLE_IDS) });

export const plan: fc.Arbitrary<LessonPlan> = fc
  .record({
    id: id('plan'),
    lesson: fc.record(
      {
        courseId: numericId,
        itemId: numericId,
        itemKind,
        account,
        title: text(200),
        courseName: text(200),
        dueDate: calendarDate,
      },
      { requiredKeys: ['courseId', 'itemId', 'itemKind', 'title', 'courseName'] },
    ),
    model: fc.option(fc.constantFrom(...MODEL_IDS), { nil: null }),
    supports: fc.array(support, { maxLength: 3 }),
    stations: fc.array(
      fc.record({ id: id('station'), name: text(200), leader, minutes: fc.integer({ min: 1, max: 240 }) }),
      { maxLength: 3 },
    ),
    groups: fc.array(text(12, { min: 1, trimmed: true }), { maxLength: 3 }),
    parallelGroups: fc.array(fc.record({ code: text(12), leader }), { maxLength: 2 }),
    phases: fc.array(
      fc.record({
        phase: fc.constantFrom(...PHASE_IDS),
        model: fc.option(fc.constantFrom(...MODEL_IDS), { nil: null }),
        supports: fc.array(support, { maxLength: 2 }),
      }),
      { maxLength: 4 },
    ),
    goal: text(4000),
    targetStudents: text(200),
    materials: fc.array(fc.record({ id: id('material'), what: text(200), owner: leader }), { maxLength: 3 }),
    checkHow: text(4000),
    checkCollector: fc.option(leader, { nil: null }),
    behaviourSupport: text(4000),
    status: fc.constantFrom(...STATUS_IDS),
    reflectionWorked: text(4000),
    reflectionChange: text(4000),
    taughtOn: fc.array(calendarDate, { maxLength: 3 }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  // A plan's id is its lesson's (a backup refuses any other, issue 11).
  .map((generated) => ({ ...generated, id: planId(generated.lesson.courseId, generated.lesson.itemId) }));

export const classMeetings: fc.Arbitrary<ClassMeetings> = fc
  .record({
    courseId: numericId,
    courseName: text(200),
    // A meeting ends after it starts (utils/schema/class-meetings.ts).
    meetings: fc.array(
      fc
        .record({ weekday, start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 240 }) })
        .chain(({ weekday, start, length }) =>
          text(60).map((room) => ({ weekday, start, end: Math.min(1440, start + length), room })),
        ),
      { maxLength: 3 },
    ),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map((generated) => ({ id: classMeetingsId(generated.courseId), ...generated }));

/** A template is a plan's copyable part under a name (utils/lesson-plan/copy-plan.ts). */
export const template: fc.Arbitrary<PlanTemplate> = fc
  .record({
    id: id('template'),
    name: text(120, { min: 1, trimmed: true }),
    plan,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .map(({ plan, ...rest }) => ({ ...rest, content: copyablePart(plan) }));

export const note: fc.Arbitrary<Note> = fc.record(
  {
    id: id('note'),
    text: text(4000, { min: 1, trimmed: true }),
    kind: fc.constantFrom(...NOTE_KINDS),
    personId: id('person'),
    link: fc.record(
      { courseId: numericId, itemId: numericId, itemKind, account, title: text(200), courseName: text(200) },
      { requiredKeys: ['courseId', 'title'] },
    ),
    done: fc.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'text', 'kind', 'done', 'createdAt', 'updatedAt'] },
);

export const block: fc.Arbitrary<PlanningBlock> = fc.record(
  {
    id: id('block'),
    uid: text(200, { min: 1 }),
    partnerId: id('person'),
    title: text(200),
    firstDate: calendarDate,
    start: dayMinute,
    end: dayMinute,
    repeat: fc.constantFrom('weekly' as const, 'biweekly' as const, 'once' as const),
    timeZone: text(64, { min: 1 }),
    seenAt: timestamp,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  {
    requiredKeys: [
      'id',
      'uid',
      'partnerId',
      'title',
      'firstDate',
      'start',
      'end',
      'repeat',
      'timeZone',
      'createdAt',
      'updatedAt',
    ],
  },
);

export const lost: fc.Arbitrary<LostOccurrence> = fc.record({
  id: id('lost'),
  blockId: id('block'),
  date: calendarDate,
  minutes: dayMinute,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const settings: fc.Arbitrary<Settings> = fc.record(
  {
    id: fc.constant('settings' as const),
    myName: text(200),
    schoolDay: fc.record({
      weekdays: fc.array(weekday, { minLength: 1, maxLength: 7 }),
      start: dayMinute,
      end: dayMinute,
    }),
    lastBackupAt: timestamp,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { requiredKeys: ['id', 'myName', 'schoolDay', 'createdAt', 'updatedAt'] },
);

const byId = <T extends { id: string }>(arbitrary: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(arbitrary, { selector: (record) => record.id, maxLength });

export const dataset: fc.Arbitrary<BackupData> = fc.record({
  people: byId(person, 4),
  plans: byId(plan, 3),
  classMeetings: byId(classMeetings, 2),
  templates: byId(template, 2),
  notes: byId(note, 6),
  blocks: byId(block, 3),
  lost: byId(lost, 3),
  settings: fc.array(settings, { maxLength: 1 }),
});
