import { addDays, weekdayOf } from '../planning-time/dates';

// The day a lesson is taught, suggested from its class's weekly meetings (utils/schema/class-meetings.ts)
// and its due date (issue 13 item 1). Pure, on YYYY-MM-DD strings (utils/planning-time/dates.ts), so the
// machine's time zone never moves a day; the caller says what "today" is. Free of schema code: the lesson
// panel's chunk imports it.
//
// The rule:
// - no meetings: no suggestion (Tandem cannot know when the class meets);
// - a due date today or later: the latest meeting day on or before the due date that is not in the past
//   (a lesson is usually taught in the last class before its work is due);
// - no due date, a due date already past, or no meeting between today and the due date: the next meeting
//   day from today, today included.

/** Whatever has a weekday: a ClassMeeting. */
interface WeekdayOf {
  weekday: number;
}

/** A week holds every weekday once: looking further never finds a meeting day that a week did not. */
const WEEK = 7;

export function suggestTaughtOn(
  meetings: readonly WeekdayOf[],
  dueDate: string | undefined,
  today: string,
): string | null {
  const days = new Set(meetings.map((meeting) => meeting.weekday));
  if (days.size === 0) return null;
  if (dueDate !== undefined && dueDate >= today) {
    // Back from the due date to today (string order is date order for YYYY-MM-DD).
    for (let day = dueDate; day >= today; day = addDays(day, -1)) {
      if (days.has(weekdayOf(day))) return day;
    }
  }
  return nextMeetingDay(meetings, today);
}

/** The first meeting day on or after `from`; null without meetings. Also what "Add another day" offers. */
export function nextMeetingDay(meetings: readonly WeekdayOf[], from: string): string | null {
  const days = new Set(meetings.map((meeting) => meeting.weekday));
  for (let n = 0; n < WEEK; n++) {
    const day = addDays(from, n);
    if (days.has(weekdayOf(day))) return day;
  }
  return null;
}

/**
 * The day "Add another day" puts in a new row: the class's next meeting after the last day listed (or from
 * today when none is), else simply the day after it. The teacher changes it in the row if it is not right.
 */
export function nextTaughtOnDay(meetings: readonly WeekdayOf[], taughtOn: readonly string[], today: string): string {
  const last = taughtOn.at(-1);
  const from = last === undefined ? today : addDays(last, 1);
  return nextMeetingDay(meetings, from) ?? from;
}
