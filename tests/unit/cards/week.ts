import type { CardInput } from '../../../utils/cards/build-card';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { ClassMeetings } from '../../../utils/schema/class-meetings';
import type { Person } from '../../../utils/schema/person';
import type { LessonPlan, PlanContent } from '../../../utils/schema/plan';
import { ANA, LAB_CLASS_MEETINGS, LAB_PLAN, MARCUS } from '../backup/sample';

// A middle-school week for the card tests (the week of Monday 2025-09-15): Grade 7 Science meets Tuesday 9:00
// in Room 204 and Thursday 9:00 in Lab B, Grade 7 Math Tuesday 10:05 and twice on Wednesday, Grade 7 ELA has no
// meetings entered. Marcus (para) leads a station in Science and a parallel group in Math on Tuesday; Ana
// (speech) observes then leads a station on Thursday; Rosa (para, Spanish card) circulates in a Math lesson
// taught over two meetings.

export { ANA, MARCUS };

export const ROSA: Person = {
  id: 'person:rosa',
  name: 'Rosa Méndez',
  kind: 'paraprofessional',
  email: 'rosa.mendez@lincoln-ms.example',
  cardLanguage: 'es',
  archived: false,
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-01T12:00:00.000Z',
};

export const PEOPLE: readonly Person[] = [MARCUS, ANA, ROSA];

const SCIENCE = LAB_PLAN.lesson.courseId;
const MATH = '638595247148';
const ELA = '638595247149';

export const SCIENCE_MEETINGS: ClassMeetings = LAB_CLASS_MEETINGS;

export const MATH_MEETINGS: ClassMeetings = {
  id: `class:${MATH}`,
  courseId: MATH,
  courseName: 'Grade 7 Math',
  meetings: [
    { weekday: 2, start: 605, end: 655, room: 'Room 118' },
    // Wednesday is a double block; the later meeting is listed first on purpose.
    { weekday: 3, start: 780, end: 830, room: 'Room 118' },
    { weekday: 3, start: 480, end: 530, room: 'Room 118' },
  ],
  createdAt: '2025-09-01T12:00:00.000Z',
  updatedAt: '2025-09-01T12:00:00.000Z',
};

export const CLASS_MEETINGS: readonly ClassMeetings[] = [SCIENCE_MEETINGS, MATH_MEETINGS];

let next = 1;

/** A plan of one of the three classes; content defaults to an empty plan. */
export function plan(
  course: 'science' | 'math' | 'ela',
  title: string,
  content: Partial<PlanContent>,
  itemId = String(638600200000 + next++),
): LessonPlan {
  const courseId = { science: SCIENCE, math: MATH, ela: ELA }[course];
  const courseName = { science: 'Grade 7 Science', math: 'Grade 7 Math', ela: 'Grade 7 ELA' }[course];
  return {
    id: `plan:${courseId}:${itemId}`,
    lesson: { courseId, itemId, itemKind: 'a', account: '0', title, courseName },
    ...emptyPlanContent(),
    ...content,
    createdAt: '2025-09-10T14:00:00.000Z',
    updatedAt: '2025-09-12T14:00:00.000Z',
  };
}

/** The sample backup's lab (tests/unit/backup/sample.ts), planned in full. */
export const DENSITY_LAB = plan(
  'science',
  LAB_PLAN.lesson.title,
  {
    model: 'stations',
    supports: [{ personId: MARCUS.id, role: 'lead-station' }],
    stations: [
      { id: 'st1', name: 'Density columns', leader: 'teacher', minutes: 15 },
      { id: 'st2', name: 'Measure volume', leader: MARCUS.id, minutes: 15 },
      { id: 'st3', name: 'Reading: floating and sinking', leader: 'independent', minutes: 15 },
    ],
    groups: ['A', 'B', 'C'],
    materials: [
      { id: 'm1', what: 'graduated cylinders', owner: MARCUS.id },
      { id: 'm2', what: 'food colouring', owner: 'teacher' },
    ],
    checkHow: 'Exit ticket: which liquid is denser, and how you know',
    checkCollector: MARCUS.id,
    behaviourSupport: 'Check-in card for J.S. at each rotation',
    targetStudents: 'J.S., M.R., group B',
    taughtOn: ['2025-09-16'],
  },
  LAB_PLAN.lesson.itemId,
);

export const RATIOS = plan('math', 'Ratios and rates', {
  model: 'parallel',
  supports: [{ personId: MARCUS.id, role: 'lead-parallel-group' }],
  parallelGroups: [
    { code: 'A', leader: 'teacher' },
    { code: 'B', leader: MARCUS.id },
  ],
  taughtOn: ['2025-09-16'],
});

export const READING_CONFERENCES = plan('ela', 'Reading conferences', {
  model: 'alternative',
  supports: [{ personId: MARCUS.id, role: 'small-group' }],
  targetStudents: 'K.T., D.O.',
  taughtOn: ['2025-09-16'],
});

export const DENSITY_REVIEW = plan('science', 'Density review', {
  phases: [
    // Listed out of order: the card follows the lesson's order (opening … closing).
    { phase: 'practice', model: 'stations', supports: [{ personId: ANA.id, role: 'lead-station' }] },
    { phase: 'opening', model: 'observe', supports: [{ personId: ANA.id, role: 'observe-data' }] },
  ],
  stations: [
    { id: 'st1', name: 'Sort the objects', leader: 'teacher', minutes: 10 },
    { id: 'st2', name: 'Vocabulary with visuals', leader: ANA.id, minutes: 10 },
  ],
  groups: ['A', 'B'],
  taughtOn: ['2025-09-18'],
});

export const UNIT_RATES = plan('math', 'Unit rates project', {
  model: 'lead-and-roam',
  supports: [{ personId: ROSA.id, role: 'circulate' }],
  behaviourSupport: 'Use the calm corner pass with D.O. before it escalates',
  targetStudents: 'D.O., L.P.',
  taughtOn: ['2025-09-16', '2025-09-17'],
});

export const PLANS: readonly LessonPlan[] = [UNIT_RATES, READING_CONFERENCES, RATIOS, DENSITY_REVIEW, DENSITY_LAB];

/** A card input over the sample week; any field can be replaced. */
export function input(overrides: Partial<CardInput> = {}): CardInput {
  return {
    personId: MARCUS.id,
    range: 'day',
    date: '2025-09-16',
    language: 'en',
    plans: PLANS,
    people: PEOPLE,
    classMeetings: CLASS_MEETINGS,
    ...overrides,
  };
}
