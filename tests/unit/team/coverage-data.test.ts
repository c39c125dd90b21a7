import '../db/test-db';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/backup/parse';
import { changePlan, getPlan } from '../../../utils/db/plans';
import { LessonPlan, MAX_SUPPORTS, PlanContent } from '../../../utils/schema/plan';
import { coverageOf } from '../../../utils/team/coverage-minutes';
import { LAB_REPORT, planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';
import { projectRoot } from '../source-files';
import { plan } from './plans';

// Issue 15: a plan's "Partner pulled for coverage" marks. Optional, so plans stored and backups written before
// it stay valid as they are; bounded like every list; kept when another field of the plan is edited.

describe('coverage in a plan', () => {
  it('is optional: a plan from before issue 15 is valid without it', () => {
    const old = plan();
    delete (old as { coverage?: unknown }).coverage;
    expect(LessonPlan.safeParse(old).success).toBe(true);
  });

  it.each([
    [[{ personId: 'p-ana', minutes: 1 }], true],
    [[{ personId: 'p-ana', minutes: 240 }], true],
    [[{ personId: 'p-ana', minutes: 0 }], false],
    [[{ personId: 'p-ana', minutes: 241 }], false],
    [[{ personId: 'p-ana', minutes: 12.5 }], false],
    [Array.from({ length: MAX_SUPPORTS + 1 }, (_, i) => ({ personId: `p-${i}`, minutes: 30 })), false],
  ])('%j is valid: %s', (coverage, valid) => {
    expect(PlanContent.safeParse({ ...plan(), coverage }).success).toBe(valid);
  });

  it('reads a version 3 backup, written before coverage existed', async () => {
    const text = readFileSync(join(projectRoot, 'tests/fixtures/backups/partner-handover.json'), 'utf8');
    const parsed = await parseBackup(text);
    expect(parsed.ok && parsed.file.records.plans.length > 0).toBe(true);
  });

  it('survives an edit of another field (fails without pickContent carrying it), and a plan without it reads as none', async () => {
    const db = freshDatabase();
    const lesson = planInput().lesson;
    const at = Date.now();
    await changePlan(db, {
      lesson,
      content: { coverage: [{ personId: 'p-ana', minutes: 30 }] },
      editedAt: { coverage: at },
    });
    await changePlan(db, { lesson, content: { goal: 'Density' }, editedAt: { goal: at + 1 } });
    expect((await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId))?.coverage).toEqual([
      { personId: 'p-ana', minutes: 30 },
    ]);

    const stored = await db.plans.get(`plan:${LAB_REPORT.courseId}:${LAB_REPORT.itemId}`);
    if (!stored) throw new Error('not stored');
    delete stored.coverage;
    await db.plans.put(stored);
    const edited = await changePlan(db, { lesson, content: { status: 'ready' }, editedAt: { status: at + 2 } });
    expect(edited).not.toHaveProperty('coverage');
    expect(coverageOf(edited)).toEqual([]);
  });
});
