import { describe, expect, it } from 'vitest';
import { adultName } from '../../../utils/team/adults';
import { coverageByMonth } from '../../../utils/team/coverage-minutes';
import { lessonDay } from '../../../utils/team/lesson-day';
import { modelMix, modelShares } from '../../../utils/team/model-mix';
import { planningByWeek } from '../../../utils/team/planning-weeks';
import { monthRange, monthsOf, termRange, weekOf, weeksOf } from '../../../utils/team/range';
import { rolesHeld } from '../../../utils/team/roles-held';
import { selectLessons } from '../../../utils/team/select-lessons';
import { thankYousByPerson } from '../../../utils/team/thank-yous';
import { leadersOf, TEACHER, whoLeadsByMonth } from '../../../utils/team/who-leads';
import { plan } from './plans';

// Issue 15: the Team page's aggregations, pure, over plans, planning blocks, lost time and notes.

const SEPTEMBER = monthRange('2026-09');
const FALL = { from: '2026-09-01', to: '2026-11-30' };

describe('which day a lesson counts on', () => {
  it.each([
    [
      'its first day taught in the range',
      { taughtOn: ['2026-08-28', '2026-09-02', '2026-09-01'] },
      '2026-09-19',
      { kind: 'dated', date: '2026-09-01' },
    ],
    ['its due date when no day taught is set', { taughtOn: [] }, '2026-09-19', { kind: 'dated', date: '2026-09-19' }],
    ['taughtOn wins over the due date', { taughtOn: ['2026-10-02'] }, '2026-09-19', { kind: 'outside' }],
    ['no date at all', { taughtOn: [] }, undefined, { kind: 'undated' }],
  ])('%s', (_, content, dueDate, expected) => {
    expect(lessonDay(plan(content, dueDate ? { dueDate } : {}), SEPTEMBER)).toEqual(expected);
  });

  it('selects one class or all, oldest first, and counts lessons without a date apart', () => {
    const plans = [
      plan({ taughtOn: ['2026-09-10'] }),
      plan({ taughtOn: ['2026-09-03'] }),
      plan({}, { courseId: '222', dueDate: '2026-09-04' }),
      plan({}),
      plan({}, { courseId: '222' }),
      plan({ taughtOn: ['2026-10-01'] }),
    ];
    const science = selectLessons(plans, '111', SEPTEMBER);
    expect(science.lessons.map((lesson) => lesson.date)).toEqual(['2026-09-03', '2026-09-10']);
    expect(science.undated).toBe(1);
    const all = selectLessons(plans, null, SEPTEMBER);
    expect(all.lessons.map((lesson) => lesson.date)).toEqual(['2026-09-03', '2026-09-04', '2026-09-10']);
    expect(all.undated).toBe(2);
  });
});

describe('ranges', () => {
  it.each([
    ['2026-11-02', '2026-11-02'], // a Monday (the New York daylight-saving week: clocks went back Sun Nov 1)
    ['2026-11-01', '2026-10-26'], // that Sunday belongs to the week before
    ['2026-11-08', '2026-11-02'],
    ['2027-01-01', '2026-12-28'], // a week across the new year
  ])('the week of %s starts on Monday %s', (date, monday) => expect(weekOf(date)).toBe(monday));

  it('lists the months and weeks a range touches, across months and years', () => {
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(weeksOf({ from: '2026-10-30', to: '2026-11-10' })).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(termRange('2026-10-05')).toEqual({ from: '2026-08-01', to: '2026-12-31' });
    expect(termRange('2027-03-05')).toEqual({ from: '2027-01-01', to: '2027-07-31' });
  });
});

describe('model mix', () => {
  it.each([
    ['a lesson without phases counts whole', plan({ model: 'stations' }), { stations: 1 }],
    ['no model yet', plan({}), { none: 1 }],
    [
      'each phase counts for its share, a phase without a model taking the lesson’s',
      plan({
        model: 'lead-and-roam',
        phases: [
          { phase: 'opening', model: null, supports: [] },
          { phase: 'instruction', model: 'parallel', supports: [] },
          { phase: 'practice', model: 'stations', supports: [] },
          { phase: 'closing', model: 'lead-and-roam', supports: [] },
        ],
      }),
      { 'lead-and-roam': 0.5, parallel: 0.25, stations: 0.25 },
    ],
  ])('%s', (_, lesson, expected) => {
    expect(Object.fromEntries(modelShares(lesson))).toEqual(expected);
  });

  it('adds the shares of lessons, thirds included, every model listed', () => {
    const thirds = plan({
      phases: [
        { phase: 'opening', model: 'team', supports: [] },
        { phase: 'instruction', model: 'team', supports: [] },
        { phase: 'closing', model: 'observe', supports: [] },
      ],
    });
    const lessons = [thirds, plan({ model: 'team' }), plan({ model: 'stations' })].map((p) => ({
      plan: p,
      date: '2026-09-01',
    }));
    const mix = Object.fromEntries(modelMix(lessons).map((row) => [row.model, row.lessons]));
    expect(mix).toEqual({
      'lead-and-roam': 0,
      parallel: 0,
      stations: 1,
      alternative: 0,
      team: 1.67,
      observe: 0.33,
      none: 0,
    });
  });
});

describe('roles held and who leads', () => {
  const lessons = [
    plan({
      model: 'stations',
      supports: [{ personId: 'p-marcus', role: 'prepare-materials' }],
      stations: [
        { id: 's1', name: 'Measure', leader: 'p-ana', minutes: 15 },
        { id: 's2', name: 'Read', leader: 'independent', minutes: 15 },
      ],
      materials: [{ id: 'm1', what: 'Beakers', owner: 'p-marcus' }],
    }),
    plan({
      model: 'lead-and-roam',
      supports: [{ personId: 'p-marcus', role: 'circulate' }],
      phases: [{ phase: 'practice', model: 'alternative', supports: [{ personId: 'p-marcus', role: 'small-group' }] }],
    }),
    plan({ model: 'team', supports: [{ personId: 'p-old', role: 'circulate' }] }),
  ].map((p, i) => ({ plan: p, date: `2026-09-0${i + 1}` }));
  const at = (index: number) => lessons[index]?.plan ?? plan();

  it('counts each role once per lesson, from supports, phases, stations, groups and materials', () => {
    const rows = Object.fromEntries(rolesHeld(lessons).map((row) => [row.personId, row]));
    expect(rows['p-marcus']?.lessons).toBe(2);
    expect(rows['p-marcus']?.roles).toMatchObject({
      'prepare-materials': 1,
      circulate: 1,
      'small-group': 1,
      'lead-station': 0,
    });
    expect(rows['p-ana']).toMatchObject({ lessons: 1, roles: { 'lead-station': 1 } });
    expect(rows.independent).toBeUndefined();
    expect(rows.teacher).toBeUndefined();
  });

  it.each([
    [0, ['p-ana']], // stations: Ana leads one, the teacher none (circulates), Marcus prepares
    [1, [TEACHER, 'p-marcus'].sort()], // a phase's small group is leading
    [2, [TEACHER, 'p-old'].sort()], // Team teaching: both lead
  ])('lesson %i is led by %j', (index, leaders) => {
    expect([...leadersOf(at(index))].sort()).toEqual(leaders);
  });

  it('counts leaders per month, months without lessons included', () => {
    const across = [
      { plan: at(0), date: '2026-09-30' },
      { plan: at(1), date: '2026-10-01' },
    ];
    const months = whoLeadsByMonth(across, ['2026-09', '2026-10', '2026-11']);
    expect(months.map((m) => [m.month, m.lessons, Object.fromEntries(m.led)])).toEqual([
      ['2026-09', 1, { 'p-ana': 1 }],
      ['2026-10', 1, { teacher: 1, 'p-marcus': 1 }],
      ['2026-11', 0, {}],
    ]);
  });

  it('names archived people as archived and keeps deleted ones, as unknown', () => {
    const people = [{ id: 'p-old', name: 'Pat Old', archived: true }];
    expect(adultName(people, 'p-old')).toEqual({ personId: 'p-old', name: 'Pat Old', archived: true, known: true });
    expect(adultName(people, 'p-gone')).toMatchObject({ known: false });
    expect(rolesHeld(lessons).map((row) => row.personId)).toContain('p-old');
  });
});

describe('minutes', () => {
  const block = {
    id: 'b1',
    firstDate: '2026-10-05',
    start: 13 * 60,
    end: 13 * 60 + 45,
    repeat: 'weekly' as const,
    seenAt: '2026-10-05T18:00:00.000Z',
  };

  it('planning minutes per week over the New York daylight-saving week, cut to the range', () => {
    const lost = [
      { date: '2026-11-02', minutes: 45 },
      { date: '2026-10-26', minutes: 45 },
      { date: '2026-12-01', minutes: 45 },
    ];
    const weeks = planningByWeek([block, { ...block, id: 'never-seen', seenAt: undefined }], lost, {
      from: '2026-10-27',
      to: '2026-11-09',
    });
    expect(weeks).toEqual([
      { week: '2026-10-26', planned: 0, lost: 0 }, // Mon Oct 26 is before the range: neither counts
      { week: '2026-11-02', planned: 45, lost: 45 }, // the week clocks went back: still one 45-minute block
      { week: '2026-11-09', planned: 45, lost: 0 },
    ]);
  });

  it('coverage minutes per adult and month, across months; plans from before issue 15 have none', () => {
    const old = plan({});
    delete (old as { coverage?: unknown }).coverage;
    const lessons = [
      { plan: plan({ coverage: [{ personId: 'p-marcus', minutes: 45 }] }), date: '2026-09-30' },
      {
        plan: plan({
          coverage: [
            { personId: 'p-marcus', minutes: 30 },
            { personId: 'p-ana', minutes: 50 },
          ],
        }),
        date: '2026-10-01',
      },
      { plan: plan({ coverage: [{ personId: 'p-marcus', minutes: 20 }] }), date: '2026-10-02' },
      { plan: old, date: '2026-10-03' },
    ];
    expect(coverageByMonth(lessons, ['2026-09', '2026-10'])).toEqual([
      { personId: 'p-marcus', minutes: { '2026-09': 45, '2026-10': 50 }, times: 3, total: 95 },
      { personId: 'p-ana', minutes: { '2026-09': 0, '2026-10': 50 }, times: 1, total: 50 },
    ]);
  });

  it('thank-yous per adult on the day written in New York, for one class or all', () => {
    const newYorkDay = (timestamp: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(timestamp));
    const note = (createdAt: string, personId: string | undefined, courseId?: string) => ({
      kind: 'thank-you' as const,
      personId,
      createdAt,
      link: courseId ? { courseId, title: 'Grade 7 Science' } : undefined,
    });
    const notes = [
      note('2026-11-01T03:30:00.000Z', 'p-marcus', '111'), // Oct 31, 11:30 PM in New York (EDT): October
      note('2026-11-01T04:30:00.000Z', 'p-marcus', '111'), // Nov 1, 12:30 AM EDT
      note('2026-11-02T04:30:00.000Z', 'p-marcus'), // Nov 1, 11:30 PM EST (clocks went back): still Nov 1
      note('2026-11-10T15:00:00.000Z', 'p-ana', '222'),
      note('2026-11-10T15:00:00.000Z', undefined),
      { ...note('2026-11-10T15:00:00.000Z', 'p-ana'), kind: 'observation' as const },
    ];
    const november = monthRange('2026-11');
    expect(Object.fromEntries(thankYousByPerson(notes, null, november, newYorkDay))).toEqual({
      'p-marcus': 2,
      'p-ana': 1,
    });
    expect(Object.fromEntries(thankYousByPerson(notes, '111', november, newYorkDay))).toEqual({ 'p-marcus': 1 });
    expect(Object.fromEntries(thankYousByPerson(notes, null, FALL, newYorkDay))).toEqual({ 'p-marcus': 3, 'p-ana': 1 });
  });
});
