import { describe, expect, it } from 'vitest';
import type { CardSources } from '../../../components/card/card-page-actions';
import { choosePerson } from '../../../components/card/choose-person';
import { icsFileName } from '../../../components/card/ics-file-name';
import { lessonAdults } from '../../../components/card/lesson-adults';
import type { Card } from '../../../utils/cards/card';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import type { Person } from '../../../utils/schema/person';
import type { LessonPlan } from '../../../utils/schema/plan';

// Whose card the page shows and whom it offers, every empty state included, and the .ics file's name.

const at = '2026-09-01T12:00:00.000Z';
const person = (id: string, name: string, archived = false): Person => ({
  id,
  name,
  kind: 'paraprofessional',
  archived,
  createdAt: at,
  updatedAt: at,
});
const ANA = person('person:ana', 'Ana Ruiz');
const MARCUS = person('person:marcus', 'Marcus Lee');
const ZOE = person('person:zoe', 'Zoe Park');
const OLD = person('person:old', 'Old Friend', true);
const PEOPLE = [ANA, MARCUS, OLD, ZOE];

const LESSON: LessonPlan = {
  id: 'plan:1:2',
  lesson: { courseId: '1', itemId: '2', itemKind: 'a', title: 'Ratios', courseName: 'Math' },
  ...emptyPlanContent(),
  // Zoe leads a station before anyone is listed as supporting; Marcus is the first supporting adult.
  stations: [{ id: 's1', name: 'Tiles', leader: ZOE.id, minutes: 10 }],
  supports: [
    { personId: MARCUS.id, role: 'circulate' },
    { personId: 'person:deleted', role: 'one-to-one' },
  ],
  phases: [{ phase: 'opening', model: null, supports: [{ personId: MARCUS.id, role: 'observe-data' }] }],
  materials: [{ id: 'm1', what: 'tiles', owner: 'teacher' }],
  checkCollector: ANA.id,
  createdAt: at,
  updatedAt: at,
};

const sources = (overrides: Partial<CardSources> = {}): CardSources => ({
  people: PEOPLE,
  plans: [],
  classMeetings: [],
  weekdays: [1, 2, 3, 4, 5],
  teacherName: '',
  ...overrides,
});
const day = { range: 'day', date: '2026-09-15' } as const;

describe('lessonAdults', () => {
  it('lists each adult with a part once, supporting adults first, and skips the teacher and unknown ids', () => {
    expect(lessonAdults(LESSON, PEOPLE).map((adult) => adult.name)).toEqual(['Marcus Lee', 'Zoe Park', 'Ana Ruiz']);
  });
});

describe('choosePerson', () => {
  it('shows the person the link names, offering the active people', () => {
    expect(choosePerson({ ...day, personId: ZOE.id }, sources())).toEqual({
      kind: 'card',
      person: ZOE,
      candidates: [ANA, MARCUS, ZOE],
    });
  });

  it('shows an archived person a link names, and lists them so the select says whose card it is', () => {
    expect(choosePerson({ ...day, personId: OLD.id }, sources())).toEqual({
      kind: 'card',
      person: OLD,
      candidates: [OLD, ANA, MARCUS, ZOE],
    });
  });

  it('without a person, takes the first active one', () => {
    expect(choosePerson(day, sources())).toMatchObject({ kind: 'card', person: ANA });
  });

  it('for a lesson, offers its adults and takes its first supporting adult', () => {
    expect(choosePerson({ ...day, lessonId: LESSON.id }, sources({ lesson: LESSON }))).toEqual({
      kind: 'card',
      person: MARCUS,
      candidates: [MARCUS, ZOE, ANA],
    });
  });

  it.each([
    ['nobody at all', day, sources({ people: [] }), { kind: 'no-people' }],
    ['only archived people', day, sources({ people: [OLD] }), { kind: 'no-people' }],
    [
      'an unknown person',
      { ...day, personId: 'person:gone' },
      sources(),
      { kind: 'unknown-person', candidates: [ANA, MARCUS, ZOE] },
    ],
    ['an unknown lesson', { ...day, lessonId: 'plan:9:9' }, sources({ lesson: null }), { kind: 'unknown-lesson' }],
    [
      'a lesson without adults',
      { ...day, lessonId: LESSON.id },
      sources({ lesson: { ...LESSON, ...emptyPlanContent() } }),
      { kind: 'lesson-without-adults', lessonTitle: 'Ratios' },
    ],
  ])('%s', (_name, query, given, expected) => {
    expect(choosePerson(query, given)).toEqual(expected);
  });
});

describe('icsFileName', () => {
  const card = (personName: string) => ({ personName, from: '2026-09-14' }) as Card;
  it.each([
    ['Marcus Lee', 'tandem-marcus-lee-2026-09-14.ics'],
    ['José Ñúñez-O’Brien', 'tandem-jose-nunez-o-brien-2026-09-14.ics'],
    ['  ', 'tandem-card-2026-09-14.ics'],
    ['李雷', 'tandem-card-2026-09-14.ics'],
  ])('%s', (name, expected) => {
    expect(icsFileName(card(name))).toBe(expected);
  });
});
