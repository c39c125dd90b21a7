import { describe, expect, it } from 'vitest';
import { listClasses } from '../../../components/options/class-list';
import { saveClassMeetings } from '../../../utils/db/class-meetings';
import { savePlan } from '../../../utils/db/plans';
import { planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';

// The options page's Classes: every class with meetings, and every class with a planned lesson.

const TUESDAY = { weekday: 2, start: 540, end: 590, room: 'Room 204' };

describe('listClasses', () => {
  it('is empty with neither meetings nor plans', async () => {
    expect(await listClasses(freshDatabase())).toEqual([]);
  });

  it('lists classes from meetings and from plans, once each, by name', async () => {
    const db = freshDatabase();
    await savePlan(db, planInput()); // Grade 7 Science, no meetings yet
    await savePlan(db, planInput({}, { courseId: '712345678901', itemId: '1', courseName: 'Grade 7 ELA' }));
    await saveClassMeetings(db, { courseId: '712345678901', courseName: 'Grade 7 ELA', meetings: [TUESDAY] });
    await saveClassMeetings(db, { courseId: '999', courseName: 'Advisory', meetings: [TUESDAY] }); // no plan yet
    const classes = await listClasses(db);
    expect(classes.map(({ courseId, courseName, meetings }) => ({ courseId, courseName, meetings }))).toEqual([
      { courseId: '999', courseName: 'Advisory', meetings: [TUESDAY] },
      { courseId: '712345678901', courseName: 'Grade 7 ELA', meetings: [TUESDAY] },
      { courseId: '638595247147', courseName: 'Grade 7 Science', meetings: [] },
    ]);
  });

  it('names a class from a lesson that showed its name when its meetings were saved without one', async () => {
    const db = freshDatabase();
    await savePlan(db, planInput({}, { itemId: '1', courseName: '' }));
    await savePlan(db, planInput({}, { itemId: '2' }));
    await saveClassMeetings(db, { courseId: '638595247147', courseName: '', meetings: [TUESDAY] });
    expect(await listClasses(db)).toMatchObject([{ courseName: 'Grade 7 Science', meetings: [TUESDAY] }]);
  });
});

describe('listClasses: a class renamed in Classroom', () => {
  const at = (day: number) => `2026-09-${String(day).padStart(2, '0')}T12:00:00.000Z`;
  const meetings = (courseName: string, day: number) => ({
    id: 'class:638595247147',
    courseId: '638595247147',
    courseName,
    meetings: [TUESDAY],
    createdAt: at(1),
    updatedAt: at(day),
  });

  it('takes the name its lessons showed after the meetings were saved, and keeps a name saved later', async () => {
    const db = freshDatabase();
    const plan = await savePlan(db, planInput({}, { itemId: '1', courseName: 'Science 7 (Period 2)' }));
    await db.plans.put({ ...plan, updatedAt: at(10) });
    await db.plans.put({
      ...plan,
      id: 'plan:638595247147:2',
      lesson: { ...plan.lesson, itemId: '2' },
      updatedAt: at(3),
    });
    await db.classMeetings.put(meetings('Grade 7 Science', 5));
    expect(await listClasses(db)).toMatchObject([{ courseName: 'Science 7 (Period 2)', meetings: [TUESDAY] }]);
    await db.classMeetings.put(meetings('Science 7, Period 2', 12));
    expect(await listClasses(db)).toMatchObject([{ courseName: 'Science 7, Period 2', meetings: [TUESDAY] }]);
  });
});
