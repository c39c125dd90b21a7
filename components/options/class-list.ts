import type { TandemDatabase } from '../../utils/db/database';
import type { ClassMeeting } from '../../utils/schema/class-meetings';

// Every class the options page can show (issue 13 item 1): those with meetings, and those the teacher has
// planned a lesson of (plans' lesson.courseId, an index), so a class can get its meetings here before any
// lesson panel asked for them.

export interface KnownClass {
  courseId: string;
  courseName: string;
  meetings: ClassMeeting[];
  /** When the meetings were last saved; absent for a class without a record. */
  updatedAt?: string;
}

export async function listClasses(db: TandemDatabase): Promise<KnownClass[]> {
  const [records, courseIds] = await Promise.all([
    db.classMeetings.toArray(),
    db.plans.orderBy('lesson.courseId').uniqueKeys(),
  ]);
  const classes = new Map<string, KnownClass>();
  for (const record of records) {
    classes.set(record.courseId, {
      courseId: record.courseId,
      courseName: record.courseName,
      meetings: record.meetings,
      updatedAt: record.updatedAt,
    });
  }
  for (const key of courseIds) {
    const courseId = String(key);
    const known = classes.get(courseId);
    // The name Classroom last showed on one of its lessons (a page that could not be read leaves it empty). It
    // replaces the meetings' name when saved later: the class was renamed in Classroom since.
    const named = await db.plans
      .where('lesson.courseId')
      .equals(courseId)
      .filter((plan) => plan.lesson.courseName !== '')
      .toArray();
    const latest = named.reduce<(typeof named)[number] | undefined>(
      (last, plan) => (!last || plan.updatedAt > last.updatedAt ? plan : last),
      undefined,
    );
    if (known?.courseName && (!latest || (known.updatedAt ?? '') >= latest.updatedAt)) continue;
    const courseName = latest?.lesson.courseName ?? known?.courseName ?? '';
    classes.set(courseId, known ? { ...known, courseName } : { courseId, courseName, meetings: [] });
  }
  return [...classes.values()].sort(
    (a, b) => a.courseName.localeCompare(b.courseName) || a.courseId.localeCompare(b.courseId),
  );
}
