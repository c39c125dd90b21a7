import type { BackupData } from '../../../utils/backup/format';
import type { LostOccurrence, PlanningBlock } from '../../../utils/schema/calendar';
import type { ClassMeetings } from '../../../utils/schema/class-meetings';
import type { Note } from '../../../utils/schema/note';
import type { Person } from '../../../utils/schema/person';
import type { LessonPlan } from '../../../utils/schema/plan';
import type { PlanTemplate } from '../../../utils/schema/plan-template';
import type { Settings } from '../../../utils/schema/settings';
import { LAB_REPORT, planInput } from '../db/sample';

// A small, realistic data set: the teacher, a para and a speech therapist, one planned lab, a few notes.

export const MARCUS: Person = {
  id: 'person:marcus',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  email: 'marcus@lincoln-ms.example',
  archived: false,
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-02T12:00:00.000Z',
};

export const ANA: Person = {
  id: 'person:ana',
  name: 'Ana Ruiz',
  kind: 'related-service-provider',
  strengths: 'Visual supports, AAC',
  freePeriods: [{ weekday: 2, start: 780, end: 830 }],
  archived: false,
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-01T12:00:00.000Z',
};

const content = planInput({ model: 'stations', supports: [{ personId: MARCUS.id, role: 'lead-station' }] });
export const LAB_PLAN: LessonPlan = {
  id: `plan:${LAB_REPORT.courseId}:${LAB_REPORT.itemId}`,
  lesson: content.lesson,
  ...content.content,
  taughtOn: ['2025-09-16'],
  createdAt: '2025-09-10T14:00:00.000Z',
  updatedAt: '2025-09-12T14:00:00.000Z',
};

/** A plan shape kept to reuse (issue 14): the lab's model, adult and station. */
export const FRIDAY_TEMPLATE: PlanTemplate = {
  id: 'template:0f2b6c1e-8f3a-4c7e-9d21-5a4b3c2d1e0f',
  name: 'Friday lab stations',
  content: {
    model: LAB_PLAN.model,
    supports: LAB_PLAN.supports,
    stations: LAB_PLAN.stations,
    groups: LAB_PLAN.groups,
    parallelGroups: LAB_PLAN.parallelGroups,
    phases: LAB_PLAN.phases,
    materials: LAB_PLAN.materials,
    checkHow: LAB_PLAN.checkHow,
    checkCollector: LAB_PLAN.checkCollector,
  },
  createdAt: '2025-09-12T15:00:00.000Z',
  updatedAt: '2025-09-12T15:00:00.000Z',
};

export const LAB_CLASS_MEETINGS: ClassMeetings = {
  id: `class:${LAB_REPORT.courseId}`,
  courseId: LAB_REPORT.courseId,
  courseName: 'Grade 7 Science',
  meetings: [
    { weekday: 2, start: 540, end: 590, room: 'Room 204' },
    { weekday: 4, start: 540, end: 590, room: 'Lab B' },
  ],
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-01T12:00:00.000Z',
};

export function sampleNote(n: number, overrides: Partial<Note> = {}): Note {
  const at = new Date(Date.UTC(2025, 8, 15, 13, n)).toISOString();
  return {
    id: `note:${n}`,
    text: `Marcus ran the density station ${n} 👍`,
    kind: 'observation',
    done: false,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export const BLOCK: PlanningBlock = {
  id: 'block:1',
  uid: 'tandem-block-1@tandem.local',
  partnerId: MARCUS.id,
  title: 'Co-planning: Marcus',
  firstDate: '2025-09-16',
  start: 780,
  end: 825,
  repeat: 'weekly',
  timeZone: 'America/New_York',
  createdAt: '2025-09-09T12:00:00.000Z',
  updatedAt: '2025-09-09T12:00:00.000Z',
};

export const LOST: LostOccurrence = {
  id: 'lost:block:1:2025-09-23',
  blockId: 'block:1',
  date: '2025-09-23',
  minutes: 45,
  createdAt: '2025-09-24T12:00:00.000Z',
  updatedAt: '2025-09-24T12:00:00.000Z',
};

export const SETTINGS: Settings = {
  id: 'settings',
  myName: 'Ms. Diaz',
  schoolDay: { weekdays: [1, 2, 3, 4, 5], start: 450, end: 960 },
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-01T12:00:00.000Z',
};

export function sampleData(): BackupData {
  return {
    people: [MARCUS, ANA],
    plans: [LAB_PLAN],
    classMeetings: [LAB_CLASS_MEETINGS],
    templates: [FRIDAY_TEMPLATE],
    notes: [
      sampleNote(1, {
        personId: MARCUS.id,
        link: { courseId: LAB_REPORT.courseId, itemId: LAB_REPORT.itemId, title: LAB_REPORT.title },
      }),
      sampleNote(2, { kind: 'thank-you', personId: MARCUS.id, text: 'Thank you for the calm exit, Marcus' }),
      sampleNote(3, { kind: 'agenda-item', text: 'Re-teach density to group B', done: true }),
    ],
    blocks: [BLOCK],
    lost: [LOST],
    settings: [SETTINGS],
  };
}
