import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addNote, updateNote } from '../../../utils/db/notes';
import { createMessageHandler } from '../../../utils/messaging/handlers';
import type { CalendarState } from '../../../utils/messaging/protocol';
import type { LostOccurrence, PlanningBlock } from '../../../utils/schema/calendar';
import type { Person } from '../../../utils/schema/person';
import { planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';

// The Calendar panel's messages, end to end through the handler and a real (fake-indexeddb) database.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const calendarTab = { id: ID, url: 'https://calendar.google.com/calendar/u/0/r/week/2025/9/15', tab: { id: 2 } };
const labels = (key: string, substitutions?: string | string[]) =>
  substitutions === undefined ? key : `${key}(${[substitutions].flat().join('|')})`;

function setup() {
  const db = freshDatabase();
  const handle = createMessageHandler({ db, extensionId: ID, extensionOrigin: `chrome-extension://${ID}`, labels });
  async function send<T>(type: string, payload: unknown): Promise<T> {
    const answer = await handle({ tandem: 1, type, payload }, calendarTab);
    if (!answer.ok) throw new Error(`${type}: ${answer.error.code} ${answer.error.message}`);
    return answer.data as T;
  }
  return { db, handle, send };
}

const tuesdayBlock = (partnerId: string) => ({
  uid: 'b5a1c3e0-0000-4000-8000-000000000001@tandem.invalid',
  partnerId,
  title: 'Co-planning: Dana Rivera + Marcus Lee',
  firstDate: '2025-09-16',
  start: 13 * 60,
  end: 13 * 60 + 45,
  repeat: 'weekly',
  timeZone: 'America/New_York',
});

describe('Calendar messages', () => {
  it('starts with default settings and nothing recorded', async () => {
    const { send, db } = setup();
    const state = await send<CalendarState>('calendar.state', {});
    expect(state.settings).toMatchObject({
      myName: '',
      schoolDay: { weekdays: [1, 2, 3, 4, 5], start: 450, end: 960 },
    });
    expect(state).toMatchObject({ people: [], blocks: [], lost: [] });
    expect(await db.settings.count()).toBe(0);
  });

  it('saves the teacher name and school day, each without losing the other', async () => {
    const { send } = setup();
    await send('settings.save', { myName: '  Dana Rivera ' });
    await send('settings.save', { schoolDay: { weekdays: [1, 2, 3, 4], start: 480, end: 900 } });
    const state = await send<CalendarState>('calendar.state', {});
    expect(state.settings).toMatchObject({ myName: 'Dana Rivera', schoolDay: { weekdays: [1, 2, 3, 4], end: 900 } });
  });

  it('stores a partner e-mail and free periods, and removes the e-mail when emptied', async () => {
    const { send } = setup();
    const marcus = await send<Person>('people.add', { name: 'Marcus Lee', kind: 'paraprofessional' });
    const periods = [{ weekday: 2, start: 780, end: 840 }];
    await send('people.update', { id: marcus.id, email: 'marcus.lee@lincoln-ms.example', freePeriods: periods });
    let [stored] = (await send<CalendarState>('calendar.state', {})).people;
    expect(stored).toMatchObject({ email: 'marcus.lee@lincoln-ms.example', freePeriods: periods });
    await send('people.update', { id: marcus.id, email: '' });
    [stored] = (await send<CalendarState>('calendar.state', {})).people;
    expect(stored?.email).toBeUndefined();
    expect(stored?.freePeriods).toEqual(periods);
    expect(await send('people.update', { id: 'person:gone', freePeriods: [] })).toBeNull();
  });

  it.each([
    ['a malformed e-mail', { id: 'person:x', email: 'not an address' }],
    ['a weekday out of range', { id: 'person:x', freePeriods: [{ weekday: 7, start: 0, end: 60 }] }],
    ['a minute past the end of the day', { id: 'person:x', freePeriods: [{ weekday: 1, start: 0, end: 1441 }] }],
  ])('refuses %s', async (_label, payload) => {
    const { handle } = setup();
    const answer = await handle({ tandem: 1, type: 'people.update', payload }, calendarTab);
    expect(!answer.ok && answer.error.code).toBe('bad-request');
  });

  it('refuses a block with an unknown repetition or too many visible days, writing nothing', async () => {
    const { handle, db } = setup();
    const bad = await handle(
      { tandem: 1, type: 'blocks.create', payload: { ...tuesdayBlock('person:x'), repeat: 'daily' } },
      calendarTab,
    );
    expect(!bad.ok && bad.error.code).toBe('bad-request');
    const days = Array.from({ length: 43 }, (_, i) => `2025-10-${String((i % 28) + 1).padStart(2, '0')}`);
    const tooMany = await handle(
      { tandem: 1, type: 'blocks.recordWeek', payload: { visibleDays: days, present: [] } },
      calendarTab,
    );
    expect(!tooMany.ok && tooMany.error.code).toBe('bad-request');
    expect(await db.blocks.count()).toBe(0);
  });

  it('records a block, notes a missing occurrence once it has been seen, and forgets it when it is back', async () => {
    const { send } = setup();
    const marcus = await send<Person>('people.add', { name: 'Marcus Lee', kind: 'paraprofessional' });
    const block = await send<PlanningBlock>('blocks.create', tuesdayBlock(marcus.id));
    expect(block.id).toMatch(/^block:/);
    expect(block.seenAt).toBeUndefined();
    const week = ['2025-09-14', '2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19', '2025-09-20'];

    // Not saved in Calendar yet: its absence is not a loss.
    let record = await send<{ newlyLost: LostOccurrence[] }>('blocks.recordWeek', { visibleDays: week, present: [] });
    expect(record.newlyLost).toEqual([]);

    // Seen on Tuesday: marked seen.
    const seen = await send<{ blocks: PlanningBlock[] }>('blocks.recordWeek', {
      visibleDays: week,
      present: [{ blockId: block.id, date: '2025-09-16' }],
    });
    expect(seen.blocks[0]?.seenAt).toEqual(expect.any(String));

    // Gone from that Tuesday: 45 minutes lost, noted once however often Calendar re-renders.
    record = await send('blocks.recordWeek', { visibleDays: week, present: [] });
    expect(record.newlyLost).toMatchObject([{ blockId: block.id, date: '2025-09-16', minutes: 45 }]);
    const again = await send<{ newlyLost: LostOccurrence[]; lost: LostOccurrence[] }>('blocks.recordWeek', {
      visibleDays: week,
      present: [],
    });
    expect(again.newlyLost).toEqual([]);
    expect(again.lost).toHaveLength(1);

    // Put back: no longer lost.
    const back = await send<{ lost: LostOccurrence[] }>('blocks.recordWeek', {
      visibleDays: week,
      present: [{ blockId: block.id, date: '2025-09-16' }],
    });
    expect(back.lost).toEqual([]);
  });

  it('builds agendas listing a lesson without a plan, with its Classroom link', async () => {
    const { send, db } = setup();
    await send('plan.save', planInput({ goal: 'Compare densities' }));
    const [answer] = await send<Array<{ date: string; text: string }>>('agenda.forDates', {
      minutes: 45,
      items: [{ date: '2025-09-16', since: '2025-09-02' }],
    });
    expect(answer?.date).toBe('2025-09-16');
    expect(answer?.text).toContain('Lab Report: Density of Liquids');
    expect(answer?.text).toContain('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details');
    expect(await db.plans.count()).toBe(1);
  });

  it('puts open agenda items and follow-ups on the agenda, and leaves out done ones and other kinds', async () => {
    const { send, db } = setup();
    await addNote(db, { text: 'Swap who leads the stations', kind: 'agenda-item' });
    await addNote(db, { text: 'Send Marcus the rubric', kind: 'follow-up' });
    await addNote(db, { text: 'Marcus handled the meltdown well', kind: 'thank-you' });
    const done = await addNote(db, { text: 'Order more beakers', kind: 'agenda-item' });
    await updateNote(db, { id: done.id, done: true });
    const [answer] = await send<Array<{ text: string }>>('agenda.forDates', {
      minutes: 45,
      items: [{ date: '2025-09-16', since: '2025-09-02' }],
    });
    expect(answer?.text).toContain('agenda_note(Swap who leads the stations)');
    expect(answer?.text).toContain('agenda_followUp(Send Marcus the rubric)');
    expect(answer?.text).not.toContain('beakers');
    expect(answer?.text).not.toContain('meltdown');
  });

  it('writes the .ics of a recorded block: same times, weekly rule, stable UID, partner invited', async () => {
    const { send } = setup();
    const marcus = await send<Person>('people.add', { name: 'Marcus Lee', kind: 'paraprofessional' });
    await send('people.update', { id: marcus.id, email: 'marcus.lee@lincoln-ms.example' });
    const block = await send<PlanningBlock>('blocks.create', tuesdayBlock(marcus.id));
    const text = await send<string>('blocks.ics', { blockId: block.id });
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error(`no VEVENT in ${text}`);
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(block.uid);
    expect(event.summary).toBe('Co-planning: Dana Rivera + Marcus Lee');
    expect(event.startDate.toString()).toBe('2025-09-16T13:00:00');
    expect(event.endDate.toString()).toBe('2025-09-16T13:45:00');
    expect(event.component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(text).toContain('marcus.lee@lincoln-ms.example');
    expect(await send('blocks.ics', { blockId: 'block:gone' })).toBeNull();
  });
});
