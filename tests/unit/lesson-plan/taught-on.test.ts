import { describe, expect, it } from 'vitest';
import { nextTaughtOnDay, suggestTaughtOn } from '../../../utils/lesson-plan/taught-on';

// Tuesdays and Thursdays, as Grade 7 Science meets in the demo. 2026-12-08 is a Tuesday.
const TUE_THU = [{ weekday: 2 }, { weekday: 4 }];
const MONDAY_ONLY = [{ weekday: 1 }];

describe('suggestTaughtOn', () => {
  it.each([
    // [what, meetings, due date, today, suggestion]
    ['no meetings: no suggestion', [], '2026-12-10', '2026-12-07', null],
    ['no meetings and no due date', [], undefined, '2026-12-07', null],
    ['due on a meeting day: that day', TUE_THU, '2026-12-10', '2026-12-07', '2026-12-10'],
    ['due on a Friday: the Thursday before', TUE_THU, '2026-12-11', '2026-12-07', '2026-12-10'],
    ['due on a Wednesday: the Tuesday before', TUE_THU, '2026-12-09', '2026-12-07', '2026-12-08'],
    ['due today on a meeting day: today', TUE_THU, '2026-12-08', '2026-12-08', '2026-12-08'],
    ['due in two weeks: the last meeting before it', TUE_THU, '2026-12-21', '2026-12-07', '2026-12-17'],
    ['no due date: the next meeting from today', TUE_THU, undefined, '2026-12-09', '2026-12-10'],
    ['no due date, today is a meeting day: today', TUE_THU, undefined, '2026-12-08', '2026-12-08'],
    ['due date past: the next meeting from today', TUE_THU, '2026-12-01', '2026-12-09', '2026-12-10'],
    ['no meeting between today and the due date: the next one', MONDAY_ONLY, '2026-12-10', '2026-12-08', '2026-12-14'],
    ['across a month and a year', MONDAY_ONLY, undefined, '2026-12-29', '2027-01-04'],
    ['across the March daylight-saving change', MONDAY_ONLY, '2027-03-16', '2027-03-10', '2027-03-15'],
  ])('%s', (_what, meetings, due, today, expected) => {
    expect(suggestTaughtOn(meetings, due, today)).toBe(expected);
  });
});

describe('nextTaughtOnDay (Add another day)', () => {
  it.each([
    ['first day: the next meeting from today', TUE_THU, [], '2026-12-09', '2026-12-10'],
    ['after the last day: the next meeting after it', TUE_THU, ['2026-12-10'], '2026-12-07', '2026-12-15'],
    ['no meetings: the day after the last day', [], ['2026-12-10'], '2026-12-07', '2026-12-11'],
    ['no meetings, no day: today', [], [], '2026-12-07', '2026-12-07'],
  ])('%s', (_what, meetings, taughtOn, today, expected) => {
    expect(nextTaughtOnDay(meetings, taughtOn, today)).toBe(expected);
  });
});
