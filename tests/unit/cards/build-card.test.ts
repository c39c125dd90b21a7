import { describe, expect, it } from 'vitest';
import { buildCard, cardDates } from '../../../utils/cards/build-card';
import type { Card, CardStop } from '../../../utils/cards/card';
import {
  ANA,
  DENSITY_LAB,
  DENSITY_REVIEW,
  input,
  MARCUS,
  PEOPLE,
  plan,
  RATIOS,
  READING_CONFERENCES,
  ROSA,
  SCIENCE_MEETINGS,
  UNIT_RATES,
} from './week';

const headlines = (card: Card): string[][] => card.days.map((day) => day.stops.map((stop) => stop.headline));
const linesOf = (stop: CardStop | undefined): Record<string, string> =>
  Object.fromEntries((stop?.lines ?? []).map((line) => [line.label, line.text]));
const onlyStop = (card: Card): CardStop => {
  const stops = card.days.flatMap((day) => day.stops);
  expect(stops).toHaveLength(1);
  return stops[0] as CardStop;
};

describe('cardDates', () => {
  it.each([
    { name: 'a day card is that day', range: 'day', date: '2025-09-16', weekdays: undefined, dates: ['2025-09-16'] },
    {
      name: 'a week from a Wednesday is its Monday to Friday',
      range: 'week',
      date: '2025-09-17',
      weekdays: undefined,
      dates: ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'],
    },
    {
      name: 'a Sunday belongs to the week it ends',
      range: 'week',
      date: '2025-09-21',
      weekdays: undefined,
      dates: ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'],
    },
    {
      name: 'only the school weekdays, Monday first and Sunday last',
      range: 'week',
      date: '2025-09-16',
      weekdays: [0, 6, 1, 3],
      dates: ['2025-09-15', '2025-09-17', '2025-09-20', '2025-09-21'],
    },
    {
      name: 'a week over a month and year end',
      range: 'week',
      date: '2025-12-31',
      weekdays: undefined,
      dates: ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'],
    },
  ] as const)('$name', ({ range, date, weekdays, dates }) => {
    expect(cardDates(range, date, weekdays)).toEqual(dates);
  });
});

describe('buildCard: which stops, in which order', () => {
  it.each([
    {
      name: 'a day with stations and a parallel lesson, then a class with no meetings (time order, no time last)',
      card: input(),
      expected: [
        [
          '9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups',
          '10:05–10:55 · Room 118 · Grade 7 Math — Leads group B',
          'Time not set · Grade 7 ELA — Small-group instruction',
        ],
      ],
    },
    {
      name: 'an adult in two classes over a week, empty days kept',
      card: input({ range: 'week', date: '2025-09-18' }),
      expected: [
        [],
        [
          '9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups',
          '10:05–10:55 · Room 118 · Grade 7 Math — Leads group B',
          'Time not set · Grade 7 ELA — Small-group instruction',
        ],
        [],
        [],
        [],
      ],
    },
    {
      name: 'a lesson over two meetings: both days, the double block’s first meeting',
      card: input({ personId: ROSA.id, range: 'week' }),
      expected: [
        [],
        ['10:05–10:55 · Room 118 · Grade 7 Math — Circulates and assists'],
        ['8:00–8:50 · Room 118 · Grade 7 Math — Circulates and assists'],
        [],
        [],
      ],
    },
    {
      name: 'roles only in phases',
      card: input({ personId: ANA.id, date: '2025-09-18' }),
      expected: [['9:00–9:50 · Lab B · Grade 7 Science — Leads station 2, Vocabulary with visuals, 10 min × 2 groups']],
    },
    {
      name: 'an empty day',
      card: input({ date: '2025-09-15' }),
      expected: [[]],
    },
    {
      name: 'a person who is in no plan',
      card: input({ personId: 'person:nobody', range: 'week' }),
      expected: [[], [], [], [], []],
    },
    {
      name: 'input order does not matter',
      card: input({ plans: [DENSITY_LAB, RATIOS, READING_CONFERENCES].reverse() }),
      expected: [
        [
          '9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups',
          '10:05–10:55 · Room 118 · Grade 7 Math — Leads group B',
          'Time not set · Grade 7 ELA — Small-group instruction',
        ],
      ],
    },
  ])('$name', ({ card, expected }) => {
    expect(headlines(buildCard(card))).toEqual(expected);
  });

  it('puts stops at the same time in class order, and stops without a time by class', () => {
    const art = plan('ela', 'Poetry stations', {
      supports: [{ personId: MARCUS.id, role: 'circulate' }],
      taughtOn: ['2025-09-16'],
    });
    const science = { ...RATIOS, lesson: { ...DENSITY_LAB.lesson, itemId: '1', title: 'Same hour' }, id: 'plan:x:1' };
    const card = buildCard(input({ plans: [RATIOS, art, science, READING_CONFERENCES] }));
    expect(card.days[0]?.stops.map((stop) => [stop.time, stop.className, stop.lessonTitle])).toEqual([
      ['9:00–9:50', 'Grade 7 Science', 'Same hour'],
      ['10:05–10:55', 'Grade 7 Math', 'Ratios and rates'],
      ['Time not set', 'Grade 7 ELA', 'Poetry stations'],
      ['Time not set', 'Grade 7 ELA', 'Reading conferences'],
    ]);
  });

  it.each([
    [
      'in the whole lesson’s supports',
      { supports: [{ personId: ANA.id, role: 'one-to-one' as const }] },
      'One-to-one support',
    ],
    [
      'only as a station leader',
      { stations: [{ id: 's', name: 'Word sort', leader: ANA.id, minutes: 12 }] },
      'Leads station 1, Word sort, 12 min',
    ],
    ['only as a parallel group leader', { parallelGroups: [{ code: 'Blue', leader: ANA.id }] }, 'Leads group Blue'],
    ['only owning a material', { materials: [{ id: 'm', what: 'AAC board', owner: ANA.id }] }, 'Prepares materials'],
    ['only collecting the evidence', { checkHow: 'Tally of turns', checkCollector: ANA.id }, 'Collects the evidence'],
  ])('takes part %s', (_name, content, role) => {
    const lesson = plan('science', 'Forces', { ...content, taughtOn: ['2025-09-16'] });
    expect(onlyStop(buildCard(input({ personId: ANA.id, plans: [lesson] }))).role).toBe(role);
  });

  it('gives an archived person their card, and names who it is for', () => {
    const archived = { ...MARCUS, archived: true };
    const card = buildCard(input({ people: [archived, ANA, ROSA] }));
    expect(card.title).toBe('Marcus Lee — Tuesday, September 16');
    expect(card.personEmail).toBe('marcus@lincoln-ms.example');
    expect(card.days[0]?.stops).toHaveLength(3);
  });
});

describe('buildCard: what a stop says', () => {
  it('the station leader: model, station, rotation, what to prepare, evidence, behaviour, students', () => {
    const stop = buildCard(input()).days[0]?.stops[0];
    expect(stop?.id).toBe('plan:638595247147:638600123456:2025-09-16:person:marcus');
    expect(stop?.lessonUrl).toBe('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details');
    expect([stop?.start, stop?.end, stop?.room, stop?.className]).toEqual([540, 590, 'Room 204', 'Grade 7 Science']);
    expect(stop?.lines).toEqual([
      { label: 'Lesson', text: 'Lab Report: Density of Liquids' },
      { label: 'Model', text: 'Station teaching — the teacher leads station 1' },
      { label: 'Your station', text: 'Station 2, Measure volume, 15 min — groups B, A, C, in that order' },
      {
        label: 'Rotation',
        text: 'Groups A, B, C; 15 min per station; start: A at station 1, B at station 2, C at station 3',
      },
      // The teacher's food colouring is not Marcus's to prepare.
      { label: 'Prepare', text: 'graduated cylinders — before Tuesday 9:00' },
      {
        label: 'How learning is checked',
        text: 'Exit ticket: which liquid is denser, and how you know — you collect the evidence',
      },
      { label: 'Behaviour support', text: 'Check-in card for J.S. at each rotation' },
      { label: 'Target students', text: 'J.S., M.R., group B' },
    ]);
  });

  it('names the teacher when the card is given their name', () => {
    const stop = buildCard(input({ teacherName: 'Ms. Diaz' })).days[0]?.stops[1];
    expect(linesOf(stop).Model).toBe('Parallel teaching — Ms. Diaz leads group A');
  });

  it('phases with different roles, in the lesson’s order', () => {
    const stop = buildCard(input({ personId: ANA.id, date: '2025-09-18' })).days[0]?.stops[0];
    expect(linesOf(stop).Phases).toBe('Opening: Observes and collects data; Practice: Leads station 2');
    expect(stop?.lines.map((line) => line.label)).toEqual(['Lesson', 'Your station', 'Rotation', 'Phases']);
    expect(DENSITY_REVIEW.model).toBeNull(); // so no model line
  });

  it('someone else collecting the evidence is not on the card; nothing empty is', () => {
    const lines = linesOf(buildCard(input({ personId: ROSA.id })).days[0]?.stops[0]);
    expect(lines).toEqual({
      Lesson: 'Unit rates project',
      Model: 'Lead and roam — the teacher leads the whole class; you circulate and help',
      'Behaviour support': 'Use the calm corner pass with D.O. before it escalates',
      'Target students': 'D.O., L.P.',
    });
  });

  it('a material to prepare for a class with no time says the day only', () => {
    const lesson = plan('ela', 'Book talks', {
      materials: [{ id: 'm', what: 'sticky notes', owner: MARCUS.id }],
      taughtOn: ['2025-09-19'],
    });
    expect(linesOf(onlyStop(buildCard(input({ plans: [lesson], date: '2025-09-19' })))).Prepare).toBe(
      'sticky notes — before Friday',
    );
  });
});

describe('buildCard: a Spanish card', () => {
  const card = buildCard(input({ personId: ROSA.id, range: 'week', language: 'es', teacherName: 'Ms. Diaz' }));
  const stop = card.days[1]?.stops[0];

  it('writes the structured parts in Spanish', () => {
    expect(card.title).toBe('Rosa Méndez — semana del 15 de septiembre');
    expect(card.days.map((day) => day.heading)).toEqual([
      'Lunes, 15 de septiembre',
      'Martes, 16 de septiembre',
      'Miércoles, 17 de septiembre',
      'Jueves, 18 de septiembre',
      'Viernes, 19 de septiembre',
    ]);
    expect(card.emptyDayText).toBe('Nada programado contigo este día');
    expect(stop?.headline).toBe('10:05–10:55 · Room 118 · Grade 7 Math — Circula y ayuda');
    expect(stop?.lines.map((line) => line.label)).toEqual(['Lección', 'Modelo', 'Apoyo de conducta', 'Estudiantes']);
    expect(linesOf(stop).Modelo).toBe('Uno enseña, otro circula — Ms. Diaz dirige toda la clase; tú circulas y ayudas');
  });

  it('keeps what the teacher typed as typed', () => {
    expect(linesOf(stop)).toMatchObject({
      Lección: UNIT_RATES.lesson.title,
      'Apoyo de conducta': UNIT_RATES.behaviourSupport,
      Estudiantes: UNIT_RATES.targetStudents,
    });
  });

  it('a station leader and time not set in Spanish', () => {
    const spanish = buildCard(input({ language: 'es' })).days[0]?.stops ?? [];
    expect(spanish.map((one) => one.headline)).toEqual([
      '9:00–9:50 · Room 204 · Grade 7 Science — Dirige la estación 2, Measure volume, 15 min × 3 grupos',
      '10:05–10:55 · Room 118 · Grade 7 Math — Dirige el grupo B',
      'Hora por definir · Grade 7 ELA — Enseñanza en grupo pequeño',
    ]);
    expect(linesOf(spanish[0])).toMatchObject({
      Prepara: 'graduated cylinders — antes del martes, 9:00',
      'Cómo se comprueba el aprendizaje':
        'Exit ticket: which liquid is denser, and how you know — tú recoges las evidencias',
      'Tu estación': 'Estación 2, Measure volume, 15 min — grupos B, A, C, en ese orden',
    });
  });
});

describe('buildCard: privacy concerns', () => {
  it.each([
    { name: 'initials and group codes only', content: { targetStudents: 'J.S., M.R., group B' }, concerns: [] },
    {
      name: 'a full name in target students',
      content: { targetStudents: 'Jayden Smith, M.R.' },
      concerns: ['Jayden Smith'],
    },
    {
      name: 'a diagnosis in the behaviour support plan',
      content: { behaviourSupport: 'Movement break for the student with ADHD' },
      concerns: ['ADHD'],
    },
    {
      name: 'a full name in a station and a material',
      content: {
        stations: [{ id: 's', name: 'Read with Maya Lopez', leader: MARCUS.id, minutes: 10 }],
        materials: [{ id: 'm', what: 'Large-print copy for Maya Lopez', owner: 'teacher' }],
      },
      concerns: ['Maya Lopez'],
    },
    {
      name: 'people in Tandem and the lesson title are not students',
      content: { checkHow: 'Marcus Lee and Ana Ruiz tally answers', behaviourSupport: 'See Density Review notes' },
      concerns: [],
    },
    {
      name: 'the teacher’s own name is not a student',
      content: { checkHow: 'Dana Diaz checks the exit tickets' },
      concerns: [],
    },
  ])('$name', ({ content, concerns }) => {
    const lesson = plan('science', 'Density Review', {
      supports: [{ personId: MARCUS.id, role: 'circulate' }],
      ...content,
      taughtOn: ['2025-09-16'],
    });
    expect(buildCard(input({ plans: [lesson], people: PEOPLE, teacherName: 'Dana Diaz' })).privacyConcerns).toEqual(
      concerns,
    );
  });

  it('only checks lessons that are on the card', () => {
    const elsewhere = plan('science', 'Other day', {
      supports: [{ personId: MARCUS.id, role: 'circulate' }],
      targetStudents: 'Jayden Smith',
      taughtOn: ['2025-09-22'],
    });
    expect(buildCard(input({ plans: [elsewhere] })).privacyConcerns).toEqual([]);
  });
});

describe('buildCard: a stop outside the school week', () => {
  it('a Saturday meeting of a class keeps its stop on the week card, the school days still shown', () => {
    const saturday = plan('science', 'Science fair practice', {
      supports: [{ personId: MARCUS.id, role: 'circulate' }],
      taughtOn: ['2025-09-20'],
    });
    const science = { ...SCIENCE_MEETINGS, meetings: [{ weekday: 6, start: 600, end: 690, room: 'Gym' }] };
    const week = buildCard(
      input({ range: 'week', plans: [saturday], classMeetings: [science], weekdays: [1, 2, 3, 4, 5] }),
    );
    expect(week.days.map((day) => day.date)).toEqual([
      '2025-09-15',
      '2025-09-16',
      '2025-09-17',
      '2025-09-18',
      '2025-09-19',
      '2025-09-20',
    ]);
    expect(headlines(week).at(-1)).toEqual(['10:00–11:30 · Gym · Grade 7 Science — Circulates and assists']);
    expect(week.to).toBe('2025-09-20');
    // Someone else's Saturday adds no day to this adult's week.
    expect(buildCard(input({ personId: ANA.id, range: 'week', plans: [saturday] })).days).toHaveLength(5);
  });
});

describe('buildCard: a class renamed in Classroom', () => {
  const renamed = (planAt: string, meetingsAt: string, planName: string, meetingsName: string): string => {
    const lab = { ...DENSITY_LAB, lesson: { ...DENSITY_LAB.lesson, courseName: planName }, updatedAt: planAt };
    const science = { ...SCIENCE_MEETINGS, courseName: meetingsName, updatedAt: meetingsAt };
    return onlyStop(buildCard(input({ plans: [lab], classMeetings: [science] }))).className;
  };

  it.each([
    ['the plan saved after the rename', '2025-10-02T10:00:00.000Z', '2025-09-01T12:00:00.000Z', 'Science 7 (P2)'],
    ['the meetings saved after the rename', '2025-09-01T12:00:00.000Z', '2025-10-02T10:00:00.000Z', 'Grade 7 Science'],
  ])('takes the name of the later save: %s', (_name, planAt, meetingsAt, expected) => {
    expect(renamed(planAt, meetingsAt, 'Science 7 (P2)', 'Grade 7 Science')).toBe(expected);
  });

  it('a name left empty (the page could not be read) never wins', () => {
    expect(renamed('2025-10-02T10:00:00.000Z', '2025-09-01T12:00:00.000Z', '', 'Grade 7 Science')).toBe(
      'Grade 7 Science',
    );
    expect(renamed('2025-09-01T12:00:00.000Z', '2025-10-02T10:00:00.000Z', 'Grade 7 Science', ' ')).toBe(
      'Grade 7 Science',
    );
  });
});
