import * as z from 'zod/mini';
import { DayMinute, Weekday } from './calendar';
import { NumericId, RecordId, ShortText, Timestamp } from './common';

// When a class meets (issue 13): entered once per class, on the options page or from the lesson panel the
// first time it is needed. With a plan's `taughtOn` dates they say when, where and for how long each lesson is
// taught, which is what a push-in educator's day card is built from (utils/cards/). Times are the class's
// wall-clock minutes, like every Calendar time in Tandem (utils/schema/calendar.ts).

/** One weekly meeting: "Tuesday 9:00–9:50, Room 204". */
export const ClassMeeting = z
  .object({
    weekday: Weekday,
    start: DayMinute,
    end: DayMinute,
    /** Free text as the school writes it ("Room 204", "Lab B", "Gym"); may be empty. */
    room: z.string().check(z.maxLength(60)),
  })
  // The editors refuse a meeting that ends before it starts; a crafted file must not bring one either (a card
  // would read "9:50–9:00" and its .ics would end an event before it begins).
  .check(z.refine((meeting) => meeting.end > meeting.start, 'A meeting ends after it starts'));
export type ClassMeeting = z.infer<typeof ClassMeeting>;

/** A week rarely has more than ten meetings of one class (block schedules, labs); 20 leaves room. */
export const MAX_CLASS_MEETINGS = 20;

export const ClassMeetingList = z.array(ClassMeeting).check(z.maxLength(MAX_CLASS_MEETINGS));

/** A class's weekly meetings, one record per Classroom course: `class:<courseId>` (classMeetingsId). */
export const ClassMeetings = z.object({
  id: RecordId,
  courseId: NumericId,
  /** As Classroom last showed it, so cards and the options page can name the class without Classroom open. */
  courseName: ShortText,
  meetings: ClassMeetingList,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ClassMeetings = z.infer<typeof ClassMeetings>;

/** What a page sends to set a class's meetings; the background stamps the id and times. */
export const ClassMeetingsInput = z.strictObject({
  courseId: NumericId,
  courseName: ShortText,
  meetings: ClassMeetingList,
});
export type ClassMeetingsInput = z.infer<typeof ClassMeetingsInput>;

/** Deterministic, like plan ids: the same class has the same record on every device, so merges line up. */
export function classMeetingsId(courseId: string): string {
  return `class:${courseId}`;
}
