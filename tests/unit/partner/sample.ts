import { type BackupData, emptyData } from '../../../utils/backup/format';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { ClassMeetings } from '../../../utils/schema/class-meetings';
import type { Note } from '../../../utils/schema/note';
import type { Person } from '../../../utils/schema/person';
import type { LessonPlan, PlanContent } from '../../../utils/schema/plan';
import { BLOCK, LOST, SETTINGS } from '../backup/sample';

// A teacher's data with two classes and people who appear in different places of different plans: what a
// partner file for one of them must and must not hold.

const AT = '2026-09-01T12:00:00.000Z';

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, kind: 'paraprofessional', archived: false, createdAt: AT, updatedAt: AT, ...extra };
}

export function plan(courseId: string, itemId: string, content: Partial<PlanContent>, extra: Partial<LessonPlan> = {}) {
  const record: LessonPlan = {
    id: `plan:${courseId}:${itemId}`,
    lesson: { courseId, itemId, itemKind: 'a', title: `Lesson ${itemId}`, courseName: `Class ${courseId}` },
    ...emptyPlanContent(),
    ...content,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
  return record;
}

export function meetings(courseId: string): ClassMeetings {
  return {
    id: `class:${courseId}`,
    courseId,
    courseName: `Class ${courseId}`,
    meetings: [{ weekday: 1, start: 540, end: 590, room: 'Room 204' }],
    createdAt: AT,
    updatedAt: AT,
  };
}

export function note(id: string, link?: { courseId: string; itemId?: string }): Note {
  return {
    id,
    text: `Note ${id}`,
    kind: 'observation',
    done: false,
    ...(link ? { link: { ...link, title: 'A lesson' } } : {}),
    createdAt: AT,
    updatedAt: AT,
  };
}

export const MARCUS = person('person:marcus', 'Marcus Lee');
export const ANA = person('person:ana', 'Ana Ruiz');
export const JO = person('person:jo', 'Jo Park');
/** Archived, and in no plan of Marcus's. */
export const OLD = person('person:old', 'Former Aide', { archived: true });
/** Archived, but a leader in one of Marcus's plans. */
export const KIM = person('person:kim', 'Kim Wu', { archived: true });

/** Marcus supports in class 111 and leads a station in class 222; Jo only in a phase of class 333. */
export function teacherData(): BackupData {
  return {
    ...emptyData(),
    people: [MARCUS, ANA, JO, OLD, KIM],
    plans: [
      plan('111', '1', { supports: [{ personId: MARCUS.id, role: 'circulate' }] }),
      plan('222', '2', {
        model: 'stations',
        stations: [
          { id: 's1', name: 'Measure', leader: MARCUS.id, minutes: 15 },
          { id: 's2', name: 'Read', leader: KIM.id, minutes: 15 },
          { id: 's3', name: 'Alone', leader: 'independent', minutes: 15 },
        ],
      }),
      plan('333', '3', {
        phases: [{ phase: 'practice', model: 'team', supports: [{ personId: JO.id, role: 'small-group' }] }],
        materials: [{ id: 'm1', what: 'Cards', owner: ANA.id }],
      }),
      plan('111', '4', { supports: [{ personId: ANA.id, role: 'circulate' }], checkCollector: 'teacher' }),
    ],
    classMeetings: [meetings('111'), meetings('222'), meetings('333')],
    notes: [
      note('note:on-1', { courseId: '111', itemId: '1' }),
      note('note:on-2', { courseId: '222', itemId: '2' }),
      note('note:on-4', { courseId: '111', itemId: '4' }),
      note('note:class-111', { courseId: '111' }),
      note('note:loose'),
    ],
    blocks: [BLOCK],
    lost: [LOST],
    settings: [SETTINGS],
  };
}
