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
