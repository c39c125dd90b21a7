import { describe, expect, it } from 'vitest';
import { getClassMeetings, saveClassMeetings } from '../../../utils/db/class-meetings';
import { createMessageHandler, createRequestRunner } from '../../../utils/messaging/handlers';
import { durableCall } from '../../../utils/saving/durable-call';
import type { ClassMeeting, ClassMeetings } from '../../../utils/schema/class-meetings';
import { freshDatabase } from '../db/test-db';
import { saveRig } from '../saving/rig';

// Issue 13 item 1: a class's meetings and the card page, asked for from a Classroom lesson panel.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const classroomTab = { id: ID, url: 'https://classroom.google.com/u/0/c/x', tab: { id: 1 } };
const COURSE = '638595247147';
const TUESDAY = { weekday: 2, start: 540, end: 590, room: 'Room 204' };
const THURSDAY = { weekday: 4, start: 540, end: 590, room: 'Room 204' };
// Typed loosely on purpose: the refusals below send meetings the schema does not allow.
const week = (meetings: readonly object[]) => ({
  courseId: COURSE,
  courseName: 'Grade 7 Science',
  meetings: meetings as ClassMeeting[],
});

function setup() {
  const db = freshDatabase();
  const opened: string[] = [];
  const handle = createMessageHandler({
    db,
    extensionId: ID,
    extensionOrigin: `chrome-extension://${ID}`,
    openPage: async (path) => {
      opened.push(path);
    },
  });
  const send = (type: string, payload: unknown) => handle({ tandem: 1, type, payload }, classroomTab);
  return { db, opened, send };
}

describe('class meetings messages', () => {
  it('answers null for a class without meetings, then the saved week in weekday order', async () => {
    const { send } = setup();
    expect(await send('classMeetings.get', { courseId: COURSE })).toEqual({ ok: true, data: null });
    const saved = await send('classMeetings.save', week([THURSDAY, TUESDAY]));
    expect(saved).toMatchObject({ ok: true, data: { id: `class:${COURSE}`, meetings: [TUESDAY, THURSDAY] } });
    const read = await send('classMeetings.get', { courseId: COURSE });
    expect(read).toMatchObject({ ok: true, data: { courseName: 'Grade 7 Science', meetings: [TUESDAY, THURSDAY] } });
  });

  it.each([
    ['an unknown key', { ...week([TUESDAY]), color: 'blue' }],
    ['an unknown key inside a meeting', week([{ ...TUESDAY, teacher: 'x' }])],
    ['a time past midnight', week([{ ...TUESDAY, end: 1500 }])],
    ['a weekday 7', week([{ ...TUESDAY, weekday: 7 }])],
    ['a course id that is not Classroom’s', { ...week([TUESDAY]), courseId: '1; DROP' }],
    ['more than 20 meetings', week(Array.from({ length: 21 }, () => TUESDAY))],
    ['a room name of 61 characters', week([{ ...TUESDAY, room: 'x'.repeat(61) }])],
  ])('refuses a save with %s and writes nothing', async (_what, payload) => {
    const { db, send } = setup();
    const answer = await send('classMeetings.save', payload);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await db.classMeetings.count()).toBe(0);
  });

  it('a save that waited in the outbox does not undo a week saved after it was written', async () => {
    const db = freshDatabase();
    const run = createRequestRunner({ db, extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
    const writtenAt = Date.now() - 60_000; // written a minute ago, while the worker was stopped
    await saveClassMeetings(db, week([THURSDAY])); // the options page, just now
    const answer = await run('classMeetings.save', week([TUESDAY]), { editedAt: writtenAt });
    expect(answer).toMatchObject({ ok: true, data: { meetings: [THURSDAY] } });
    expect((await getClassMeetings(db, COURSE))?.meetings).toEqual([THURSDAY]);
    // A save written after the stored week was saved replaces it.
    await run('classMeetings.save', week([TUESDAY]), { editedAt: Date.now() + 1000 });
    expect((await getClassMeetings(db, COURSE))?.meetings).toEqual([TUESDAY]);
  });
});

describe('a class meetings save from a lesson panel goes through the outbox', () => {
  it('is kept while the worker is stopped and answers once it is stored', async () => {
    const rig = saveRig();
    rig.worker.stopped = true;
    const call = durableCall(rig.call, rig.outbox());
    let answered = false;
    const saving = call('classMeetings.save', week([TUESDAY, THURSDAY])).then((answer) => {
      answered = true;
      return answer;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    expect(rig.storage.outboxKeys()).toHaveLength(1);
    rig.worker.stopped = false;
    expect(await saving).toEqual({ ok: true, data: null });
    const stored = (await getClassMeetings(rig.db, COURSE)) as ClassMeetings;
    expect(stored.meetings).toEqual([TUESDAY, THURSDAY]);
    expect(rig.storage.outboxKeys()).toEqual([]);
  });

  it('a refused save answers with the reason and leaves nothing waiting', async () => {
    const rig = saveRig();
    const call = durableCall(rig.call, rig.outbox());
    const answer = await call('classMeetings.save', week([{ ...TUESDAY, weekday: 9 }]));
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(rig.storage.outboxKeys()).toEqual([]);
    expect(await rig.db.classMeetings.count()).toBe(0);
  });
});

describe('cards.open', () => {
  it('opens the card page for a lesson and a day', async () => {
    const { send, opened } = setup();
    const answer = await send('cards.open', { lesson: `plan:${COURSE}:638600123456`, date: '2026-12-08' });
    expect(answer).toEqual({ ok: true, data: null });
    expect(opened).toEqual([`/card.html?lesson=plan%3A${COURSE}%3A638600123456&date=2026-12-08`]);
  });

  it.each([
    ['a date that is not a date', { lesson: 'plan:1:2', date: 'tomorrow' }],
    ['no lesson', { date: '2026-12-08' }],
    ['a page of its own choosing', { lesson: 'plan:1:2', date: '2026-12-08', path: '/options.html' }],
  ])('refuses %s and opens nothing', async (_what, payload) => {
    const { send, opened } = setup();
    expect(await send('cards.open', payload)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(opened).toEqual([]);
  });

  it('opens nothing for a sender that is not Tandem', async () => {
    const { db, opened } = setup();
    const handle = createMessageHandler({
      db,
      extensionId: ID,
      extensionOrigin: `chrome-extension://${ID}`,
      openPage: async (path) => {
        opened.push(path);
      },
    });
    const answer = await handle(
      { tandem: 1, type: 'cards.open', payload: { lesson: 'plan:1:2', date: '2026-12-08' } },
      { id: 'someone-else', url: 'https://classroom.google.com/', tab: { id: 1 } },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(opened).toEqual([]);
  });
});
