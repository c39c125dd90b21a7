import { describe, expect, it } from 'vitest';
import { emptyPlanContent } from '../../../utils/lesson-plan/defaults';
import {
  AGENDA_LIST_CAP,
  AGENDA_MAX_LENGTH,
  type AgendaInput,
  agendaText,
  buildAgenda,
  sectionMinutes,
} from '../../../utils/planning-time/agenda';
import { templateUrl } from '../../../utils/planning-time/template-url';
import type { LessonPlan } from '../../../utils/schema/plan';
import { english } from './labels';

const COURSE = '638595247147';
const COURSE_TOKEN = 'NjM4NTk1MjQ3MTQ3'; // btoa(COURSE), tests/fixtures/README.md A.1

let nextItem = 638600123456;
function plan(
  title: string,
  options: Partial<Omit<LessonPlan, 'lesson'>> & { due?: string; itemKind?: 'a' | 'm'; account?: string } = {},
): LessonPlan {
  const { due, itemKind = 'a', account = '0', ...rest } = options;
  const itemId = String(nextItem++);
  return {
    id: `plan:${COURSE}:${itemId}`,
    lesson: {
      courseId: COURSE,
      itemId,
      itemKind,
      account,
      title,
      courseName: 'Grade 7 Science',
      ...(due ? { dueDate: due } : {}),
    },
    ...emptyPlanContent(),
    createdAt: '2025-09-01T12:00:00.000Z',
    updatedAt: '2025-09-01T12:00:00.000Z',
    ...rest,
  };
}

const people = new Map([
  ['person:marcus', 'Marcus Lee'],
  ['person:priya', 'Priya Shah'],
]);

function input(plans: LessonPlan[], more: Partial<AgendaInput> = {}): AgendaInput {
  return {
    minutes: 45,
    blockDate: '2025-09-16',
    since: '2025-09-09',
    plans,
    peopleNames: people,
    openItems: [],
    timeZone: 'America/New_York',
    ...more,
  };
}

describe('agenda sections', () => {
  it('split the block about 20 / 60 / 20, adding up to the whole', () => {
    expect(sectionMinutes(30)).toEqual({ reflect: 6, plan: 18, roles: 6 });
    expect(sectionMinutes(45)).toEqual({ reflect: 9, plan: 27, roles: 9 });
    expect(sectionMinutes(60)).toEqual({ reflect: 12, plan: 36, roles: 12 });
    for (let minutes = 1; minutes <= 240; minutes++) {
      const { reflect, plan, roles } = sectionMinutes(minutes);
      expect(reflect + plan + roles).toBe(minutes);
    }
    const agenda = buildAgenda(input([]));
    expect([agenda.reflect.minutes, agenda.plan.minutes, agenda.roles.minutes]).toEqual([9, 27, 9]);
    expect(agenda.until).toBe('2025-09-30');
  });

  it('reflect on lessons marked taught since the last meeting, oldest first, with their reflections', () => {
    const density = plan('Density lab', {
      status: 'taught',
      model: 'stations',
      supports: [{ personId: 'person:marcus', role: 'lead-station' }],
      reflectionWorked: '  Rotations on time ',
      reflectionChange: 'Shorter intro',
      updatedAt: '2025-09-12T19:00:00.000Z',
    });
    const earlier = plan('Buoyancy warm-up', { status: 'taught', updatedAt: '2025-09-09T13:00:00.000Z' });
    const plans = [
      density,
      earlier,
      plan('Taught before the last meeting', { status: 'taught', updatedAt: '2025-09-08T13:00:00.000Z' }),
      // 01:30 UTC on the 9th is still the 8th in New York.
      plan('Late evening the day before', { status: 'taught', updatedAt: '2025-09-09T01:30:00.000Z' }),
      plan('After the meeting date', { status: 'taught', updatedAt: '2025-09-17T13:00:00.000Z' }),
      plan('Ready, not taught', { status: 'ready', model: 'team', updatedAt: '2025-09-12T13:00:00.000Z' }),
    ];
    const { reflect } = buildAgenda(input(plans));
    expect(reflect.items.map((l) => l.title)).toEqual(['Buoyancy warm-up', 'Density lab']);
    expect(reflect.items[1]).toMatchObject({
      courseName: 'Grade 7 Science',
      model: 'stations',
      supportNames: ['Marcus Lee'],
      worked: 'Rotations on time',
      change: 'Shorter intro',
    });
    expect(reflect.items[0]).toMatchObject({ model: null, worked: '', change: '' });
    expect(reflect.more).toBe(0);
  });

  it('plan the lessons due in the next two weeks without a model or still drafts, then undated ones', () => {
    const plans = [
      plan('Cells: diagram', { due: '2025-09-22' }),
      plan('Cells: microscope', { due: '2025-09-18', model: 'stations', status: 'draft' }),
      plan('On the meeting day', { due: '2025-09-16' }),
      plan('Last day of the window', { due: '2025-09-30', status: 'ready' }),
      plan('Already planned', { due: '2025-09-19', model: 'parallel', status: 'ready' }),
      plan('Taught early', { due: '2025-09-19', status: 'taught' }),
      plan('Overdue', { due: '2025-09-15' }),
      plan('Too far ahead', { due: '2025-10-01' }),
      plan('vocabulary list', { itemKind: 'm' }),
      plan('Article: density', { itemKind: 'm', model: 'team', status: 'draft' }),
      plan('Undated but ready', { model: 'team', status: 'ready' }),
    ];
    const { plan: section } = buildAgenda(input(plans));
    expect(section.items.map((l) => [l.title, l.dueDate])).toEqual([
      ['On the meeting day', '2025-09-16'],
      ['Cells: microscope', '2025-09-18'],
      ['Cells: diagram', '2025-09-22'],
      ['Last day of the window', '2025-09-30'],
      ['Article: density', null],
      ['vocabulary list', null],
    ]);
  });

  it('place a lesson on the day it is taught when the plan says (issue 13), else on its due date', () => {
    const plans = [
      // Due later, taught inside the window: planned now, placed and labelled by its taught day.
      plan('Taught before it is due', { due: '2025-10-03', taughtOn: ['2025-09-17', '2025-09-18'] }),
      // Due inside the window, taught after it: not yet.
      plan('Taught after the window', { due: '2025-09-20', taughtOn: ['2025-10-06'] }),
      // A material with no due date but a taught day: dated, not "undated".
      plan('Reading: density', { itemKind: 'm', taughtOn: ['2025-09-25'] }),
      // Taught only before the block: its due date decides.
      plan('Started last week', { due: '2025-09-19', taughtOn: ['2025-09-10'] }),
    ];
    const agenda = buildAgenda(input(plans));
    expect(agenda.plan.items.map((l) => [l.title, l.taughtOn, l.dueDate])).toEqual([
      ['Taught before it is due', '2025-09-17', '2025-10-03'],
      ['Started last week', null, '2025-09-19'],
      ['Reading: density', '2025-09-25', null],
    ]);
    const text = agendaText(agenda, english, { formatDate: (date) => date });
    expect(text).toContain('Taught before it is due (Grade 7 Science) · taught 2025-09-17 ·');
    expect(text).toContain('Started last week (Grade 7 Science) · due 2025-09-19 ·');
  });

  it('link each lesson to its Classroom page, in the lesson’s own account or the given one', () => {
    const assignment = plan('Cells: diagram', { due: '2025-09-22' });
    const material = plan('Reading', { itemKind: 'm', account: undefined });
    const { plan: section } = buildAgenda(input([assignment, material], { account: '2' }));
    expect(section.items[0]?.url).toBe(
      `https://classroom.google.com/u/0/c/${COURSE_TOKEN}/a/${btoa(assignment.lesson.itemId)}/details`,
    );
    // No account recorded with the lesson: the caller's.
    const noAccount = { ...material, lesson: { ...material.lesson } };
    delete noAccount.lesson.account;
    const [link] = buildAgenda(input([noAccount], { account: '2' })).plan.items.map((l) => l.url);
    expect(link).toBe(`https://classroom.google.com/u/2/c/${COURSE_TOKEN}/m/${btoa(material.lesson.itemId)}/details`);
  });

  it('agree roles on the open notes and on the planned lessons coming up, with who supports them', () => {
    const plans = [
      plan('Stations: density', {
        due: '2025-09-24',
        model: 'stations',
        status: 'ready',
        supports: [
          { personId: 'person:priya', role: 'lead-station' },
          { personId: 'person:gone', role: 'circulate' },
        ],
      }),
      plan('Parallel: cells', { due: '2025-09-17', model: 'parallel', status: 'ready' }),
      plan('Not planned yet', { due: '2025-09-17' }),
      plan('Planned, later', { due: '2025-10-02', model: 'team', status: 'ready' }),
    ];
    const openItems = [
      { text: 'Assembly on Friday', kind: 'agenda' as const },
      { text: 'Send the station cards', kind: 'follow-up' as const },
    ];
    const { roles } = buildAgenda(input(plans, { openItems }));
    expect(roles.openItems).toEqual({ items: openItems, more: 0 });
    expect(roles.lessons.items.map((l) => [l.title, l.supportNames])).toEqual([
      ['Parallel: cells', []],
      ['Stations: density', ['Priya Shah']],
    ]);
  });

  it('cap every list and count the rest', () => {
    const plans = Array.from({ length: 11 }, (_, i) => plan(`Lesson ${i + 1}`, { due: '2025-09-20' }));
    const openItems = Array.from({ length: 9 }, (_, i) => ({ text: `Note ${i + 1}`, kind: 'agenda' as const }));
    const agenda = buildAgenda(input(plans, { openItems }));
    expect(agenda.plan.items).toHaveLength(AGENDA_LIST_CAP);
    expect(agenda.plan.more).toBe(3);
    expect(agenda.plan.items.map((l) => l.title).slice(0, 3)).toEqual(['Lesson 1', 'Lesson 2', 'Lesson 3']);
    expect(agenda.roles.openItems.more).toBe(1);
    expect(agendaText(agenda, english)).toContain('• …and 3 more');
  });
});

describe('agenda text', () => {
  it('reads as a short plain-text agenda with headings, bullets and links', () => {
    nextItem = 638600000001;
    const plans = [
      plan('Density lab', {
        status: 'taught',
        model: 'stations',
        supports: [{ personId: 'person:marcus', role: 'lead-station' }],
        reflectionWorked: 'Rotations on time',
        reflectionChange: 'Shorter intro,\nmore modelling',
        updatedAt: '2025-09-12T19:00:00.000Z',
      }),
      plan('Cells: diagram', { due: '2025-09-22' }),
      plan('Cells: microscope', { due: '2025-09-18', model: 'stations' }),
      plan('Parallel: cells', {
        due: '2025-09-17',
        model: 'parallel',
        status: 'ready',
        supports: [{ personId: 'person:priya', role: 'lead-parallel-group' }],
      }),
    ];
    const openItems = [
      { text: 'Assembly on Friday:\nwho takes group B?', kind: 'agenda' as const },
      { text: 'Send the station cards', kind: 'follow-up' as const },
    ];
    const text = agendaText(buildAgenda(input(plans, { openItems })), english);
    const link = (n: number) =>
      `https://classroom.google.com/u/0/c/${COURSE_TOKEN}/a/${btoa(`63860000000${n}`)}/details`;
    expect(text).toBe(
      [
        'Reflect (9 min)',
        '• Density lab (Grade 7 Science) · Station teaching · with Marcus Lee',
        '  What worked: Rotations on time',
        '  Change next time: Shorter intro, more modelling',
        `  ${link(1)}`,
        '',
        'Plan (27 min)',
        '• Cells: microscope (Grade 7 Science) · due 2025-09-18 · Station teaching · Draft',
        `  ${link(3)}`,
        '• Cells: diagram (Grade 7 Science) · due 2025-09-22 · no model yet',
        `  ${link(2)}`,
        '',
        'Agree roles (9 min)',
        '• To discuss: Assembly on Friday: who takes group B?',
        '• Follow-up: Send the station cards',
        '• Parallel: cells (Grade 7 Science) · due 2025-09-17 · Parallel teaching · with Priya Shah',
        `  ${link(4)}`,
      ].join('\n'),
    );
  });

  it('says so when a section is empty, with the date written as asked', () => {
    const text = agendaText(buildAgenda(input([], { minutes: 30 })), english, {
      formatDate: (date) => `[${date}]`,
    });
    expect(text).toBe(
      [
        'Reflect (6 min)',
        'Nothing to reflect on yet: no lesson marked taught since [2025-09-09].',
        '',
        'Plan (18 min)',
        'Nothing left to plan: every lesson Tandem knows of for the next two weeks has a model.',
        '',
        'Agree roles (6 min)',
        'No open notes and no planned lessons coming up.',
      ].join('\n'),
    );
  });

  it('names an undated lesson and an untitled one', () => {
    const text = agendaText(buildAgenda(input([plan('', { itemKind: 'm' })])), english);
    expect(text).toContain('• This lesson (Grade 7 Science) · no due date · no model yet');
  });

  describe('stays short enough for a Calendar URL', () => {
    const taught = (title: string, worked: string, change: string) =>
      plan(title, {
        status: 'taught',
        model: 'parallel',
        reflectionWorked: worked,
        reflectionChange: change,
        updatedAt: '2025-09-12T19:00:00.000Z',
      });

    it('shortens the longest reflections first, marked with …, and keeps short ones', () => {
      const plans = [
        taught('Lab A', 'Short and sweet', 'Nothing'),
        taught('Lab B', 'Long story. '.repeat(80), 'Also long. '.repeat(40)),
        taught('Lab C', 'Medium reflection about timing. '.repeat(6), 'OK'),
        ...Array.from({ length: 3 }, (_, i) => plan(`To plan ${i}`, { due: '2025-09-20' })),
      ];
      const agenda = buildAgenda(input(plans));
      const full = agendaText(agenda, english, { maxLength: 100_000 });
      expect(full.length).toBeGreaterThan(AGENDA_MAX_LENGTH);

      const text = agendaText(agenda, english);
      expect(text.length).toBeLessThanOrEqual(AGENDA_MAX_LENGTH);
      expect(text).toContain('What worked: Short and sweet');
      expect(text).toContain('Change next time: Nothing');
      expect(text).toContain('Change next time: OK');
      expect(text).toMatch(/What worked: Long story\. Long story\.[^\n]*…\n/);
      // Every lesson is still there, with its link: only reflections were shortened.
      for (const title of ['Lab A', 'Lab B', 'Lab C', 'To plan 0', 'To plan 2']) expect(text).toContain(`• ${title} (`);
      expect(text).not.toContain('more');
      // The agenda itself is untouched.
      expect(agenda.reflect.items[1]?.worked.length).toBeGreaterThan(900);
    });

    it('drops reflections, then the last entries of the longest lists, counted as more', () => {
      const long = (n: number) => `A rather long lesson title number ${n} that keeps going for a while`;
      const plans = [
        ...Array.from({ length: 8 }, (_, i) => taught(long(i), 'Worked well enough', 'Change little')),
        ...Array.from({ length: 12 }, (_, i) => plan(long(20 + i), { due: '2025-09-20' })),
      ];
      const openItems = Array.from({ length: 8 }, (_, i) => ({
        text: `${long(40 + i)}. `.repeat(3),
        kind: 'agenda' as const,
      }));
      const text = agendaText(buildAgenda(input(plans, { openItems })), english);
      expect(text.length).toBeLessThanOrEqual(AGENDA_MAX_LENGTH);
      expect(text).not.toContain('Worked well enough');
      expect(text).toContain('What worked: …');
      expect(text).toMatch(/• …and \d+ more/);
      expect(text.startsWith('Reflect (9 min)\n')).toBe(true);
      expect(text).toContain('\n\nPlan (27 min)\n');
      expect(text).toContain('\n\nAgree roles (9 min)\n');
      expect(text.endsWith('…')).toBe(false); // shortened, not cut
      // Planning is 60% of the meeting: its list keeps the most entries.
      const [reflect = '', toPlan = '', roles = ''] = text.split('\n\n');
      const lessons = (section: string) => section.split('\n').filter((line) => /^• (?!…)/.test(line)).length;
      expect(lessons(toPlan)).toBeGreaterThan(lessons(reflect));
      expect(lessons(toPlan)).toBeGreaterThan(lessons(roles));
    });

    it('cuts as a last resort, without splitting an emoji', () => {
      const agenda = buildAgenda(input([plan('🎉'.repeat(150), { due: '2025-09-20' })]));
      for (const maxLength of [80, 81, 82]) {
        const text = agendaText(agenda, english, { maxLength });
        expect(text.length).toBeLessThanOrEqual(maxLength);
        expect(text.endsWith('…')).toBe(true);
        expect(text).not.toMatch(/[\uD800-\uDBFF]…$/);
      }
    });

    it('keeps the Calendar URL of a full agenda within a few kilobytes', () => {
      const plans = Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0
          ? taught(`Lesson ${i} ${'x'.repeat(150)}`, 'w'.repeat(400), 'c'.repeat(400))
          : plan(`Lesson ${i} ${'y'.repeat(150)}`, { due: '2025-09-20' }),
      );
      const openItems = Array.from({ length: 12 }, () => ({
        text: 'n o t e '.repeat(100),
        kind: 'follow-up' as const,
      }));
      const details = agendaText(buildAgenda(input(plans, { openItems })), english);
      expect(details.length).toBeLessThanOrEqual(AGENDA_MAX_LENGTH);
      const url = templateUrl({
        title: 'Co-planning: Dana & Marcus',
        date: '2025-09-16',
        start: 780,
        end: 825,
        timeZone: 'America/New_York',
        repeat: 'weekly',
        guestEmail: 'marcus.lee@lincoln-ms.example',
        details,
      });
      expect(new URL(url).searchParams.get('details')).toBe(details);
      expect(url.length).toBeLessThan(6000);
    });
  });
});
