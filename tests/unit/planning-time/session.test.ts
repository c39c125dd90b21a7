import { describe, expect, it, vi } from 'vitest';
import type { RequestPayload, RequestType, ResponseData, Result } from '../../../utils/messaging/protocol';
import type { GridEvent } from '../../../utils/pages/calendar/types';
import { createPlanningSession } from '../../../utils/planning-time/session/create-session';
import { DEFAULT_SCHOOL_DAY, type LostOccurrence, type PlanningBlock } from '../../../utils/schema/calendar';
import type { Person } from '../../../utils/schema/person';
import { english } from './labels';

// The Calendar panel's session, driven with readings and a fake background: what it offers, what it
// opens, what it records.

const NOW = '2026-01-01T00:00:00.000Z';
const WEEK = ['2025-09-14', '2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19', '2025-09-20'];
const MARCUS: Person = {
  id: 'person:marcus',
  name: 'Marcus Lee',
  kind: 'paraprofessional',
  email: 'marcus.lee@lincoln-ms.example',
  freePeriods: [{ weekday: 2, start: 13 * 60, end: 14 * 60 + 30 }],
  archived: false,
  createdAt: NOW,
  updatedAt: NOW,
};

function event(date: string, start: number, end: number, label: string, key = `${date}-${start}`): GridEvent {
  return { key, eventId: key, date, start, end, allDay: false, label, chip: {} as HTMLElement };
}

const busyWeek = [
  event('2025-09-16', 8 * 60, 8 * 60 + 50, 'Period 1'),
  event('2025-09-16', 10 * 60, 11 * 60 + 30, 'IEP meeting'),
];

function block(overrides: Partial<PlanningBlock> = {}): PlanningBlock {
  return {
    id: 'block:1',
    uid: 'uid-1@tandem.invalid',
    partnerId: MARCUS.id,
    title: 'Co-planning: Dana Rivera + Marcus Lee',
    firstDate: '2025-09-16',
    start: 13 * 60,
    end: 13 * 60 + 45,
    repeat: 'weekly',
    timeZone: 'America/New_York',
    seenAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

function setup(options: { blocks?: PlanningBlock[]; lost?: LostOccurrence[]; now?: Date; openTab?: boolean } = {}) {
  const sent: Array<{ type: RequestType; payload: unknown }> = [];
  const answers: Partial<{ [T in RequestType]: (payload: RequestPayload<T>) => ResponseData[T] }> = {
    'calendar.state': () => ({
      settings: {
        id: 'settings',
        myName: 'Dana Rivera',
        schoolDay: DEFAULT_SCHOOL_DAY,
        createdAt: NOW,
        updatedAt: NOW,
      },
      people: [MARCUS],
      blocks: options.blocks ?? [],
      lost: options.lost ?? [],
      school: {},
    }),
    'agenda.forDates': (payload) =>
      payload.items.map((item) => ({ date: item.date, text: `Agenda for ${item.date}`, agenda: {} as never })),
    'blocks.create': (payload) => block({ ...payload, id: 'block:new', seenAt: undefined }),
    'blocks.recordWeek': () => ({ newlyLost: [], blocks: options.blocks ?? [], lost: options.lost ?? [] }),
  };
  const call = vi.fn(async <T extends RequestType>(type: T, payload: RequestPayload<T>) => {
    sent.push({ type, payload });
    const answer = answers[type] as ((payload: RequestPayload<T>) => ResponseData[T]) | undefined;
    if (!answer) return { ok: false, error: { code: 'internal', message: `no fake for ${type}` } } as Result<never>;
    return { ok: true, data: answer(payload) } as Result<ResponseData[T]>;
  });
  const opened: string[] = [];
  const session = createPlanningSession({
    call: call as never,
    onChange: () => undefined,
    timeZone: 'America/New_York',
    account: '0',
    openTab: (url) => {
      opened.push(url);
      return options.openTab ?? true;
    },
    download: vi.fn(),
    newUid: () => 'uid-new@tandem.invalid',
    now: () => options.now ?? new Date(2025, 8, 1),
    settleMs: 0,
    // The English messages, so titles read as the teacher sees them ("Co-planning: …").
    t: english,
  });
  return { session, sent, opened };
}

const page = (events: GridEvent[]) =>
  ({ kind: 'grid', reading: { ok: true, days: WEEK, events, skipped: 0, pxPerHour: 48 } }) as const;

const flush = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('planning session', () => {
  it('offers the partner’s free period on Tuesday, after the morning events', async () => {
    const { session } = setup();
    await session.actions.load();
    session.actions.setPage({
      kind: 'grid',
      reading: { ok: true, days: WEEK, events: busyWeek, skipped: 0, pxPerHour: 48 },
    });
    expect(session.getState().slots).toEqual([{ date: '2025-09-16', start: 780, end: 825, weekday: 2 }]);
  });

  it('never offers a time that has passed', async () => {
    const { session } = setup({ now: new Date(2025, 8, 16, 13, 30) });
    await session.actions.load();
    session.actions.setPage({
      kind: 'grid',
      reading: { ok: true, days: WEEK, events: busyWeek, skipped: 0, pxPerHour: 48 },
    });
    const [first] = session.getState().slots;
    expect(first?.date).toBe('2025-09-16');
    expect(first?.start).toBeGreaterThanOrEqual(13 * 60 + 30);
  });

  it('opens Calendar’s editor with the agenda, then records the block', async () => {
    const { session, opened, sent } = setup();
    await session.actions.load();
    session.actions.setPage({
      kind: 'grid',
      reading: { ok: true, days: WEEK, events: busyWeek, skipped: 0, pxPerHour: 48 },
    });
    await flush();
    const [slot] = session.getState().slots;
    session.actions.block(slot as never);
    await flush();
    const url = new URL(opened[0] as string);
    expect(url.searchParams.get('dates')).toBe('20250916T130000/20250916T134500');
    expect(url.searchParams.get('details')).toBe('Agenda for 2025-09-16');
    expect(url.searchParams.get('add')).toBe(MARCUS.email);
    expect(sent.find((message) => message.type === 'blocks.create')?.payload).toMatchObject({
      uid: 'uid-new@tandem.invalid',
      title: 'Co-planning: Dana Rivera + Marcus Lee',
      firstDate: '2025-09-16',
      repeat: 'weekly',
    });
    expect(session.getState().justBlocked?.opened).toBe(true);
  });

  it('says so when the browser blocks the new tab, and records no block that will never exist', async () => {
    const { session, sent } = setup({ openTab: false });
    await session.actions.load();
    session.actions.setPage(page(busyWeek));
    session.actions.block(session.getState().slots[0] as never);
    await flush();
    expect(session.getState().problem).toBe(english('calendarPopupBlocked'));
    expect(sent.filter((message) => message.type === 'blocks.create')).toHaveLength(0);
    expect(session.getState().justBlocked).toBeNull();
  });

  it('a double click records one block, and Block waits for the slot’s agenda', async () => {
    const { session, sent, opened } = setup();
    await session.actions.load();
    session.actions.setPage(page(busyWeek));
    const slot = session.getState().slots[0] as never;
    expect(session.actions.agendaReady(slot)).toBe(false);
    await flush();
    expect(session.actions.agendaReady(slot)).toBe(true);
    session.actions.block(slot);
    session.actions.block(slot);
    await flush();
    expect(opened).toHaveLength(1);
    expect(sent.filter((message) => message.type === 'blocks.create')).toHaveLength(1);
  });

  it('offers nothing on an unreadable grid, and does not report blocks as lost from it', async () => {
    const { session, sent } = setup({ blocks: [block()] });
    await session.actions.load();
    session.actions.setPage({ kind: 'grid', reading: { ok: false, problem: 'no-columns' } });
    expect(session.getState().slots).toEqual([]);
    expect(sent.filter((message) => message.type === 'blocks.recordWeek')).toHaveLength(0);
  });

  it('recognises a recorded block on the grid and in month view, and reports which are present', async () => {
    const { session, sent } = setup({ blocks: [block()] });
    await session.actions.load();
    const chip = event(
      '2025-09-16',
      780,
      825,
      '1pm to 1:45pm, Co-planning: Dana Rivera + Marcus Lee, Dana Rivera',
      'k1',
    );
    session.actions.setPage({
      kind: 'grid',
      reading: { ok: true, days: WEEK, events: [chip], skipped: 0, pxPerHour: 48 },
    });
    expect([...session.actions.blockChips()]).toEqual([['k1', 'block:1']]);
    await flush();
    expect(sent.find((message) => message.type === 'blocks.recordWeek')?.payload).toEqual({
      visibleDays: WEEK,
      present: [{ blockId: 'block:1', date: '2025-09-16' }],
    });

    const monthChip = { ...chip, key: 'm1', start: null, end: null, date: '2025-09-23' };
    session.actions.setPage({ kind: 'month', reading: { ok: true, days: ['2025-09-23'], events: [monthChip] } });
    expect([...session.actions.blockChips()]).toEqual([['m1', 'block:1']]);
  });

  it('turns a lost occurrence into a notice with a make-up time later that week, and tallies the month', async () => {
    const lost: LostOccurrence = {
      id: 'lost:block:1:2025-09-16',
      blockId: 'block:1',
      date: '2025-09-16',
      minutes: 45,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const { session } = setup({ blocks: [block()], lost: [lost] });
    await session.actions.load();
    session.actions.setPage({
      kind: 'grid',
      reading: { ok: true, days: WEEK, events: busyWeek, skipped: 0, pxPerHour: 48 },
    });
    await flush();
    const [notice] = session.getState().lostNotices;
    expect(notice?.lost.minutes).toBe(45);
    // Marcus is free until 14:30 on Tuesdays: after the lost 13:00–13:45, 13:45–14:30 is left.
    expect(notice?.makeUp).toMatchObject({ date: '2025-09-16', start: 825, end: 870 });
    expect(session.tally()).toMatchObject({ month: '2025-09', lostMinutes: 45 });
  });
});
