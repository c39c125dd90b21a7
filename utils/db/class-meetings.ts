import { type ClassMeetings, type ClassMeetingsInput, classMeetingsId } from '../schema/class-meetings';
import { nowIso } from '../schema/common';
import type { TandemDatabase } from './database';

// A class's weekly meetings (issue 13), one record per course.

export async function getClassMeetings(db: TandemDatabase, courseId: string): Promise<ClassMeetings | null> {
  return (await db.classMeetings.get(classMeetingsId(courseId))) ?? null;
}

/** Every class with meetings, by name: the options page lists them, cards read them. */
export async function listClassMeetings(db: TandemDatabase): Promise<ClassMeetings[]> {
  const all = await db.classMeetings.toArray();
  return all.sort((a, b) => a.courseName.localeCompare(b.courseName));
}

/**
 * Sets a class's meetings, in weekday and time order. The meetings are one value (a teacher edits the week as
 * a whole); `createdAt` survives, `updatedAt` moves so a merge keeps the newer week. An empty course name
 * keeps the one known, as lesson facts do (utils/db/plans.ts).
 */
export async function saveClassMeetings(db: TandemDatabase, input: ClassMeetingsInput): Promise<ClassMeetings> {
  const id = classMeetingsId(input.courseId);
  return db.transaction('rw', db.classMeetings, async () => {
    const previous = await db.classMeetings.get(id);
    const now = nowIso();
    const record: ClassMeetings = {
      id,
      courseId: input.courseId,
      courseName: input.courseName || previous?.courseName || '',
      meetings: [...input.meetings].sort((a, b) => a.weekday - b.weekday || a.start - b.start),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.classMeetings.put(record);
    return record;
  });
}
