// fake-indexeddb must be installed before Dexie is imported.
import './test-db';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TandemDatabase } from '../../../utils/db/database';
import { planInput } from './sample';

describe('database versions', () => {
  it('opens at the latest version with the plans and people tables', async () => {
    const db = new TandemDatabase(`versions-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['people', 'plans']);
    db.close();
  });

  it('keeps records written by a v1 database when reopened by the current code', async () => {
    const name = `versions-${crypto.randomUUID()}`;
    // Written exactly as v1 declared its stores, independently of applyVersions.
    const v1 = new Dexie(name);
    v1.version(1).stores({ plans: 'id, lesson.courseId, updatedAt', people: 'id, name, updatedAt' });
    const now = new Date().toISOString();
    const plan = { id: 'plan:1:2', ...planInput({ model: 'team' }, { courseId: '1', itemId: '2' }).lesson };
    await v1.table('plans').put({ ...plan, createdAt: now, updatedAt: now });
    v1.close();
    const current = new TandemDatabase(name);
    expect(await current.plans.get('plan:1:2')).toMatchObject({
      id: 'plan:1:2',
      title: 'Lab Report: Density of Liquids',
    });
    current.close();
  });
});
