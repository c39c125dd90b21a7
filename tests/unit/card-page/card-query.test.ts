import { describe, expect, it } from 'vitest';
import { cardQueryString, parseCardQuery } from '../../../components/card/card-query';

// The card page's URL contract (utils/cards/card-page-path.ts writes it; the page reads it).

const TODAY = '2026-09-15';

describe('parseCardQuery', () => {
  it.each([
    [
      '?person=person:marcus&date=2026-09-14&range=week',
      { personId: 'person:marcus', range: 'week', date: '2026-09-14' },
    ],
    [
      '?person=person:marcus&date=2026-09-14&range=day',
      { personId: 'person:marcus', range: 'day', date: '2026-09-14' },
    ],
    ['?lesson=plan:1:2&date=2026-09-14', { lessonId: 'plan:1:2', range: 'day', date: '2026-09-14' }],
    // A missing date is today; a missing or unknown range is a day.
    ['?person=p', { personId: 'p', range: 'day', date: TODAY }],
    ['?person=p&range=month', { personId: 'p', range: 'day', date: TODAY }],
    // A malformed date falls back to today rather than failing the page.
    ['?person=p&date=2026-13-45', { personId: 'p', range: 'day', date: TODAY }],
    ['?person=p&date=tomorrow', { personId: 'p', range: 'day', date: TODAY }],
    // An empty id is no id.
    ['?person=&lesson=', { range: 'day', date: TODAY }],
    ['', { range: 'day', date: TODAY }],
  ])('%s', (search, expected) => {
    expect(parseCardQuery(search, TODAY)).toEqual(expected);
  });

  it('reads back what it writes, lesson and person together', () => {
    const query = { lessonId: 'plan:1:2', personId: 'person:zoe', range: 'week', date: '2026-09-14' } as const;
    expect(cardQueryString(query)).toBe('?lesson=plan%3A1%3A2&person=person%3Azoe&date=2026-09-14&range=week');
    expect(parseCardQuery(cardQueryString(query), TODAY)).toEqual(query);
  });
});
