import { browser } from 'wxt/browser';
import { cardPagePath } from '../../utils/cards/card-page-path';
import { localDate } from '../../utils/planning-time/dates';

/** A person's day or week card from today (the card page, entrypoints/card/), opened from their row. */
export function personCardUrl(personId: string, range: 'day' | 'week', today = localDate(new Date())): string {
  return browser.runtime.getURL(cardPagePath({ person: personId, date: today, range }) as '/card.html');
}
