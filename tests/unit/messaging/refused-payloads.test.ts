import { describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../utils/messaging/handlers';
import { type RequestType, requestSchemas } from '../../../utils/messaging/protocol';
import { everything, seed } from '../backup/helpers';
import { ANA, sampleData } from '../backup/sample';
import { LAB_REPORT, planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';

// Issue 11: a request that names no field Tandem knows, or carries a key it does not know next to known
// ones (at any depth), is refused with bad-request, and nothing is written. On main, settings.save with
// {foo: 1} and people.update with {id, foo} were stored as "updates" of nothing (zod stripped the keys), and
// Phase.supports took 100 000 entries.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const classroomTab = { id: ID, url: 'https://classroom.google.com/u/0/c/x', tab: { id: 1 } };

async function setup() {
  const db = freshDatabase();
  await seed(db, sampleData());
  const handle = createMessageHandler({ db, extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
  return { db, handle };
}

/** Sends `payload` as `type` to a database full of data: it must be refused as bad-request, with nothing written. */
async function expectRefused(type: RequestType, payload: unknown) {
  const { db, handle } = await setup();
  const before = await everything(db);
  const answer = await handle({ tandem: 1, type, payload }, classroomTab);
  expect(answer, JSON.stringify(payload).slice(0, 200)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(await everything(db)).toEqual(before);
  return answer.ok ? '' : answer.error.message;
}

/** The same through the real handler, accepted: so a refusal above is the unknown key's doing, not the rest. */
async function expectAccepted(type: RequestType, payload: unknown) {
  const { handle } = await setup();
  const answer = await handle({ tandem: 1, type, payload }, classroomTab);
  expect(answer, JSON.stringify(answer).slice(0, 300)).toMatchObject({ ok: true });
}

const tooMany = (count: number) =>
  Array.from({ length: count }, (_, n) => ({ personId: `person:${n}`, role: 'lead-station' as const }));

describe('a payload that names no known field is refused, and nothing is written', () => {
  it('settings.save with unknown keys only, or with nothing', async () => {
    await expectRefused('settings.save', { foo: 1 });
    await expectRefused('settings.save', {});
    await expectAccepted('settings.save', { myName: 'Ms. Diaz' });
  });

  it('people.update with only an id, or an id and unknown keys', async () => {
    await expectRefused('people.update', { id: ANA.id, foo: 1 });
    await expectRefused('people.update', { id: ANA.id });
    await expectAccepted('people.update', { id: ANA.id, archived: true });
  });
});

describe('a key Tandem does not know, next to known ones, is refused at any depth', () => {
  it('settings.save: at the top, and inside the school day', async () => {
    await expectRefused('settings.save', { myName: 'Ms. Diaz', foo: 1 });
    await expectRefused('settings.save', { schoolDay: { weekdays: [1], start: 450, end: 960, lunch: 30 } });
    await expectAccepted('settings.save', { schoolDay: { weekdays: [1], start: 450, end: 960 } });
  });

  it('people.update and people.add: at the top, and inside a free period', async () => {
    await expectRefused('people.update', { id: ANA.id, name: 'Ana', nickname: 'A' });
    await expectRefused('people.update', { id: ANA.id, freePeriods: [{ weekday: 1, start: 600, end: 645, room: 4 }] });
    await expectRefused('people.add', { name: 'Dana', kind: 'paraprofessional', age: 40 });
    await expectAccepted('people.add', { name: 'Dana', kind: 'paraprofessional' });
  });

  it('plan.save and plan.change: in the lesson, the content and a phase’s supporting adult', async () => {
    const input = planInput({ phases: [{ phase: 'opening', model: null, supports: tooMany(1) }] });
    await expectAccepted('plan.save', input);
    await expectRefused('plan.save', { ...input, extra: true });
    await expectRefused('plan.save', { ...input, lesson: { ...input.lesson, colour: 'red' } });
    await expectRefused('plan.save', { ...input, content: { ...input.content, mood: 'calm' } });
    const phase = {
      phase: 'opening',
      model: null,
      supports: [{ personId: 'person:1', role: 'lead-station', hours: 2 }],
    };
    await expectRefused('plan.save', { ...input, content: { ...input.content, phases: [phase] } });
    const change = { lesson: input.lesson, content: { goal: 'Density' }, editedAt: { goal: 1_760_000_000_000 } };
    await expectAccepted('plan.change', change);
    const station = { id: 's1', name: 'Lab', leader: 'teacher', minutes: 10, colour: 'red' };
    await expectRefused('plan.change', {
      ...change,
      content: { stations: [station] },
      editedAt: { stations: 1_760_000_000_000 },
    });
  });

  it('every request without payload fields of its own refuses one', async () => {
    const bare: RequestType[] = ['settings.get', 'calendar.state', 'people.list'];
    for (const type of bare) {
      await expectAccepted(type, {});
      await expectRefused(type, { foo: 1 });
    }
    const lesson = { courseId: LAB_REPORT.courseId, itemId: LAB_REPORT.itemId };
    await expectRefused('plan.get', { ...lesson, title: 'Lab' });
    await expectRefused('notes.forLesson', { ...lesson, limit: 5 });
    await expectRefused('plan.listForCourse', { courseId: LAB_REPORT.courseId, all: true });
    await expectRefused('blocks.ics', { blockId: 'block:1', format: 'ics' });
  });

  it('every request schema is strict (none strips a key)', () => {
    for (const [type, schema] of Object.entries(requestSchemas)) {
      const def = schema._zod.def as { type: string; catchall?: { _zod: { def: { type: string } } } };
      expect(def.type, type).toBe('object');
      expect(def.catchall?._zod.def.type, type).toBe('never');
    }
  });
});

describe('an array over its bound is refused by message (issue 11: Phase.supports took 100 000)', () => {
  it('a phase with 21 supporting adults, and with 100 000', async () => {
    for (const count of [21, 100_000]) {
      const input = planInput({ phases: [{ phase: 'opening', model: null, supports: tooMany(count) }] });
      await expectRefused('plan.save', input);
      await expectRefused('plan.change', {
        lesson: input.lesson,
        content: { phases: input.content.phases },
        editedAt: { phases: 1_760_000_000_000 },
      });
    }
    const twenty = planInput({ phases: [{ phase: 'opening', model: null, supports: tooMany(20) }] });
    await expectAccepted('plan.save', twenty);
  });
});
