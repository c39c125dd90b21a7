import { describe, expect, it } from 'vitest';
import { decodeDatekey, encodeDatekey, isoDate } from '../../../../utils/pages/calendar/datekey';
import {
  calendarExampleUrls,
  isEventEdit,
  isMonth,
  isTimeGrid,
  parseCalendarUrl,
} from '../../../../utils/pages/calendar/urls';

const predicates = { timeGrid: isTimeGrid, month: isMonth, eventEdit: isEventEdit } as const;

describe('Calendar URL predicates', () => {
  for (const [kind, urls] of Object.entries(calendarExampleUrls)) {
    for (const url of urls) {
      it(`${url} is ${kind} and nothing else`, () => {
        for (const [name, predicate] of Object.entries(predicates)) expect(predicate(url), name).toBe(name === kind);
      });
    }
  }

  it('reads the view and the date, unpadded in the path', () => {
    expect(parseCalendarUrl('https://calendar.google.com/calendar/u/0/r/week/2025/9/15')).toEqual({
      kind: 'grid',
      account: '0',
      view: 'week',
      date: '2025-09-15',
    });
    expect(parseCalendarUrl('https://calendar.google.com/calendar/r')).toEqual({
      kind: 'grid',
      account: undefined,
      view: undefined,
      date: undefined,
    });
    expect(parseCalendarUrl('https://calendar.google.com/calendar/render?action=TEMPLATE&text=x')).toEqual({
      kind: 'template',
    });
  });
});

describe('Calendar datekeys', () => {
  it.each([
    [28462, '2025-09-14'],
    [28463, '2025-09-15'],
    [28468, '2025-09-20'],
    [28447, '2025-08-31'],
    [28484, '2025-10-04'],
  ])('%i is %s (calendar fixtures)', (key, date) => {
    const day = decodeDatekey(key);
    expect(day && isoDate(day)).toBe(date);
    expect(day && encodeDatekey(day)).toBe(key);
    expect(decodeDatekey(String(key))).toEqual(day);
  });

  it.each([
    ['abc'],
    ['28463x'],
    [-1],
    [1.5],
    [(55 << 9) | (2 << 5) | 31],
    [(55 << 9) | (13 << 5) | 1],
    [(55 << 9) | (1 << 5)],
  ])('rejects %s', (key) => expect(decodeDatekey(key)).toBeNull());
});
