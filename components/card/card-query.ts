import type { CardRange } from '../../utils/cards/card';
import { CalendarDate, RecordId } from '../../utils/schema/common';

// What the card page shows, read from its URL. The contract other parts of Tandem link to (the options page's
// "Day card" / "Week card", the lesson panel's "Cards for this day"; utils/cards/card-page-path.ts writes it):
//   card.html?person=<personId>&date=YYYY-MM-DD&range=day|week
//   card.html?lesson=<planId>&date=YYYY-MM-DD            (choose among that lesson's adults)
// A missing or malformed date is today (local); a missing range is a day. The page writes the person the
// teacher picks back into the URL (next to `lesson` when there is one), so a reload shows the same card.

export interface CardQuery {
  /** The person whose card is shown; absent = the first one the page can offer. */
  personId?: string;
  /** A lesson plan id: the person select offers that lesson's adults only. */
  lessonId?: string;
  range: CardRange;
  /** YYYY-MM-DD. */
  date: string;
}

/** Reads the page's query string; anything malformed falls back instead of failing the page. */
export function parseCardQuery(search: string, today: string): CardQuery {
  const params = new URLSearchParams(search);
  const id = (name: string) => {
    const value = params.get(name);
    return value !== null && RecordId.safeParse(value).success ? value : undefined;
  };
  const date = params.get('date');
  const personId = id('person');
  const lessonId = id('lesson');
  return {
    ...(personId ? { personId } : {}),
    ...(lessonId ? { lessonId } : {}),
    range: params.get('range') === 'week' ? 'week' : 'day',
    date: date !== null && CalendarDate.safeParse(date).success ? date : today,
  };
}

/** The query string for a card, in the contract's order (lesson, person, date, range). */
export function cardQueryString(query: CardQuery): string {
  const params = new URLSearchParams();
  if (query.lessonId) params.set('lesson', query.lessonId);
  if (query.personId) params.set('person', query.personId);
  params.set('date', query.date);
  params.set('range', query.range);
  return `?${params.toString()}`;
}
