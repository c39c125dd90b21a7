// fake-indexeddb must be installed before Dexie is imported.
import './test-db';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TandemDatabase } from '../../../utils/db/database';
import { changePlan } from '../../../utils/db/plans';
import { copyablePart } from '../../../utils/lesson-plan/copy-plan';
import { LessonPlan } from '../../../utils/schema/plan';
import { planInput } from './sample';

describe('database versions', () => {
  it('opens at the latest version with every table', async () => {
    const db = new TandemDatabase(`versions-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'blocks',
      'classMeetings',
      'fieldTimes',
      'lost',
      'notes',
      'people',
      'plans',
      'settings',
      'snapshots',
      'templates',
    ]);
    db.close();
  });

  it('keeps records written by a v1 database when reopened by the current code', async () => {
    const name = `versions-${crypto.randomUUID()}`;
    // Written exactly as v1 declared its stores, independently of applyVersions.
    const v1 = new Dexie(name);
    v1.version(1).stores({ plans: 'id, lesson.courseId, updatedAt', people: 'id, name, updatedAt' });
    const now = new Date().toISOString();
    const input = planInput({ model: 'team', goal: 'Compare densities' });
    // A v1 plan had no taughtOn (v5 added it).
    const { taughtOn: _added, ...oldContent } = input.content;
    const v1Plan = {
      id: 'plan:638595247147:638600123456',
      lesson: input.lesson,
      ...oldContent,
      createdAt: now,
      updatedAt: now,
    };
    await v1.table('plans').put(v1Plan);
    v1.close();
    const current = new TandemDatabase(name);
    const read = await current.plans.get(v1Plan.id);
    // Everything kept; the v5 upgrade only adds an empty list of days taught.
    expect(read).toEqual({ ...v1Plan, taughtOn: [] });
    expect(await current.plans.where('taughtOn').equals('2025-09-16').count()).toBe(0);
    expect(LessonPlan.safeParse(read).success).toBe(true);
    expect(await current.plans.where('lesson.courseId').equals('638595247147').count()).toBe(1);
    // v2's new tables start empty and work.
    expect(await current.blocks.count()).toBe(0);
    expect(await current.lost.where('date').equals('2025-09-16').count()).toBe(0);
    current.close();
  });

  it('keeps plans written by a v3 database, and a change applied afterwards merges into them', async () => {
    const name = `versions-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores({ plans: 'id, lesson.courseId, updatedAt', people: 'id, name, updatedAt' });
    v3.version(2).stores({ blocks: 'id, partnerId, updatedAt', lost: 'id, blockId, date', settings: 'id' });
    v3.version(3).stores({
      notes:
        'id, createdAt, updatedAt, [kind+createdAt], [personId+createdAt], [lessonKey+createdAt], *words, openAgenda',
      snapshots: 'id, createdAt',
    });
    const now = new Date().toISOString();
    const input = planInput({ model: 'team', goal: 'Compare densities' });
    const plan = {
      id: 'plan:638595247147:638600123456',
      lesson: input.lesson,
      ...input.content,
      createdAt: now,
      updatedAt: now,
    };
    await v3.table('plans').put(plan);
    v3.close();
    const current = new TandemDatabase(name);
    expect(await current.plans.get(plan.id)).toEqual(plan);
    // A plan from before edit times were kept takes any edit, field by field.
    await changePlan(current, { lesson: input.lesson, content: { status: 'ready' }, editedAt: { status: Date.now() } });
    expect(await current.plans.get(plan.id)).toMatchObject({
      model: 'team',
      goal: 'Compare densities',
      status: 'ready',
    });
    current.close();
  });

  it('keeps every table of a v5 database when v6 adds templates', async () => {
    const name = `versions-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores({ plans: 'id, lesson.courseId, updatedAt', people: 'id, name, updatedAt' });
    v5.version(2).stores({ blocks: 'id, partnerId, updatedAt', lost: 'id, blockId, date', settings: 'id' });
    v5.version(3).stores({
      notes:
        'id, createdAt, updatedAt, [kind+createdAt], [personId+createdAt], [lessonKey+createdAt], *words, openAgenda',
      snapshots: 'id, createdAt',
    });
    v5.version(4).stores({ fieldTimes: 'id' });
    v5.version(5).stores({ plans: 'id, lesson.courseId, updatedAt, *taughtOn', classMeetings: 'id' });
    const now = new Date().toISOString();
    const input = planInput({ model: 'stations', taughtOn: ['2025-09-16'] });
    const plan = {
      id: 'plan:638595247147:638600123456',
      lesson: input.lesson,
      ...input.content,
      createdAt: now,
      updatedAt: now,
    };
    const meetings = {
      id: 'class:638595247147',
      courseId: '638595247147',
      courseName: 'Grade 7 Science',
      meetings: [{ weekday: 2, start: 540, end: 590, room: 'Room 204' }],
      createdAt: now,
      updatedAt: now,
    };
    await v5.table('plans').put(plan);
    await v5.table('classMeetings').put(meetings);
    v5.close();
    const current = new TandemDatabase(name);
    expect(await current.plans.get(plan.id)).toEqual(plan);
    expect(await current.plans.where('taughtOn').equals('2025-09-16').count()).toBe(1);
    expect(await current.classMeetings.get(meetings.id)).toEqual(meetings);
    // The new table starts empty and works, by name too.
    expect(await current.templates.count()).toBe(0);
    await current.templates.put({
      id: 'template:1',
      name: 'Fridays',
      content: copyablePart(plan),
      createdAt: now,
      updatedAt: now,
    });
    expect(await current.templates.where('name').equals('Fridays').count()).toBe(1);
    current.close();
  });
});
