import '../db/test-db';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../utils/backup/export';
import { importBackup } from '../../../utils/backup/import';
import { describeProblem, parseBackup } from '../../../utils/backup/parse';
import { freshDatabase } from '../db/test-db';
import { english } from '../planning-time/labels';
import { projectRoot } from '../source-files';
import { everything, seed } from './helpers';
import { LAB_PLAN, sampleData } from './sample';

// Issue 11: a plan's id is derived from its lesson (planId in utils/lesson-plan/defaults.ts). A backup whose plan
// id names another lesson imported on main and left a lesson with two plans, the panel showing the empty one.
// Now it is refused, naming the record, and nothing is written; two plans of one lesson are refused too.

// biome-ignore lint/suspicious/noExplicitAny: a test spoils the file anywhere, at any depth.
type Json = Record<string, any>;

/** Parses `text` and, as the options page does, imports it only when it passes; returns what was refused. */
async function refusedWithNothingWritten(text: string) {
  const db = freshDatabase();
  await seed(db, sampleData());
  const before = await everything(db);
  const parsed = await parseBackup(text);
  if (parsed.ok) {
    await importBackup(db, parsed.file, 'merge');
    throw new Error('the file was accepted');
  }
  expect(await everything(db)).toEqual(before);
  return { problem: parsed.problem, message: describeProblem(parsed.problem, english) };
}

async function exported(): Promise<Json> {
  const db = freshDatabase();
  await seed(db, sampleData());
  return JSON.parse((await exportBackup(db)).json);
}

describe('a plan whose id is not its lesson’s', () => {
  it('is refused, naming the record, the id it has and the id it should have (fixture file)', async () => {
    const text = readFileSync(join(projectRoot, 'tests/fixtures/backups/plan-of-another-lesson.json'), 'utf8');
    const { problem, message } = await refusedWithNothingWritten(text);
    expect(problem).toMatchObject({
      code: 'plan-not-its-lesson',
      table: 'plans',
      index: 0,
      field: 'id',
      recordId: 'plan:638595247147:638600123456',
      expectedId: 'plan:638595247147:638600777777',
    });
    expect(message).toBe(
      'Record 1 in lesson plans: its id “plan:638595247147:638600123456” is not the id of its lesson’s plan (“plan:638595247147:638600777777”), so the lesson would have two plans.',
    );
  });

  it('is refused whatever the id: made up, of another course, or of the lesson in another order', async () => {
    for (const id of [
      'plan:1',
      'my-plan',
      `plan:999:${LAB_PLAN.lesson.itemId}`,
      `plan:${LAB_PLAN.lesson.itemId}:${LAB_PLAN.lesson.courseId}`,
    ]) {
      const file = await exported();
      file.records.plans[0].id = id;
      const { problem } = await refusedWithNothingWritten(JSON.stringify(file));
      expect(problem).toMatchObject({ code: 'plan-not-its-lesson', index: 0, recordId: id, expectedId: LAB_PLAN.id });
    }
  });

  it('two plans of the same lesson in one file are refused', async () => {
    const file = await exported();
    file.records.plans.push({ ...file.records.plans[0], goal: 'A second plan of the same lab' });
    const { problem, message } = await refusedWithNothingWritten(JSON.stringify(file));
    expect(problem).toMatchObject({ code: 'duplicate-id', table: 'plans', index: 1, firstIndex: 0 });
    expect(message).toBe('Record 2 in lesson plans has the same id as record 1.');
  });

  it('the same file with the plan’s own id imports (the check is about the id, nothing else)', async () => {
    const text = readFileSync(join(projectRoot, 'tests/fixtures/backups/partner-handover.json'), 'utf8');
    expect((await parseBackup(text)).ok).toBe(true);
  });
});
