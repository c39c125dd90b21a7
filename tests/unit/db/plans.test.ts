import { afterEach, describe, expect, it } from 'vitest';
import { addPerson } from '../../../utils/db/people';
import { getPlan, listPlanSummaries, savePlan } from '../../../utils/db/plans';
import { LessonPlan } from '../../../utils/schema/plan';
import { LAB_REPORT, planInput } from './sample';
import { freshDatabase } from './test-db';

const db = freshDatabase();
afterEach(async () => {
  await db.plans.clear();
  await db.people.clear();
});

describe('plans', () => {
  it('returns null for a lesson without a plan', async () => {
    expect(await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId)).toBeNull();
  });

  it('saves a plan under a deterministic id and reads it back valid', async () => {
    const saved = await savePlan(db, planInput({ model: 'stations', goal: 'Compare densities' }));
    expect(saved.id).toBe('plan:638595247147:638600123456');
    const read = await getPlan(db, LAB_REPORT.courseId, LAB_REPORT.itemId);
    expect(read).toEqual(saved);
    expect(LessonPlan.safeParse(read).success).toBe(true);
  });

  it('keeps createdAt and moves updatedAt on a second save', async () => {
    const first = await savePlan(db, planInput({ model: 'parallel' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await savePlan(db, planInput({ model: 'team' }));
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(second.model).toBe('team');
    expect(await db.plans.count()).toBe(1);
  });

  it('keeps a title read earlier when the page could not be read this time', async () => {
    await savePlan(db, planInput());
    const second = await savePlan(db, planInput({}, { title: '', courseName: '', dueDate: undefined }));
    expect(second.lesson.title).toBe('Lab Report: Density of Liquids');
    expect(second.lesson.courseName).toBe('Grade 7 Science');
    expect(second.lesson.dueDate).toBe('2025-09-19');
  });

  it('summarises a course with the supporting adults by name, and only that course', async () => {
    const marcus = await addPerson(db, { name: 'Marcus Lee', kind: 'paraprofessional' });
    await savePlan(db, planInput({ model: 'stations', supports: [{ personId: marcus.id, role: 'lead-station' }] }));
    await savePlan(db, planInput({ model: 'team' }, { itemId: '638600123457', itemKind: 'm' }));
    await savePlan(db, planInput({ model: 'observe' }, { courseId: '712345678901', itemId: '1' }));
    const summaries = await listPlanSummaries(db, LAB_REPORT.courseId);
    expect(summaries).toHaveLength(2);
    expect(summaries.find((summary) => summary.itemId === LAB_REPORT.itemId)).toEqual({
      itemId: LAB_REPORT.itemId,
      model: 'stations',
      status: 'draft',
      supportNames: ['Marcus Lee'],
      dueDate: '2025-09-19',
    });
  });
});
