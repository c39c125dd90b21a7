import type { Person } from '../../utils/schema/person';
import type { CardSources } from './card-page-actions';
import type { CardQuery } from './card-query';
import { lessonAdults } from './lesson-adults';

// Whose card the page shows, and whom its person select offers, from the URL and the stored records. Pure,
// so every empty state is decided in one place (tests/unit/card-page/choose-person.test.ts).

export type Choice =
  /** A card to show; `candidates` fill the person select. */
  | { kind: 'card'; person: Person; candidates: Person[] }
  /** Nobody to make a card for yet: the options page is where people are added. */
  | { kind: 'no-people' }
  /** The URL names a person Tandem does not have (deleted, or a link from another browser). */
  | { kind: 'unknown-person'; candidates: Person[] }
  /** The URL names a lesson plan Tandem does not have. */
  | { kind: 'unknown-lesson' }
  /** The lesson's plan gives no adult a part yet. */
  | { kind: 'lesson-without-adults'; lessonTitle: string };

export function choosePerson(query: CardQuery, sources: CardSources): Choice {
  const { lesson, people } = sources;
  if (query.lessonId && !lesson) return { kind: 'unknown-lesson' };
  const candidates = lesson ? lessonAdults(lesson, people) : people.filter((person) => !person.archived);
  if (query.personId) {
    const person = people.find((known) => known.id === query.personId);
    if (!person) return { kind: 'unknown-person', candidates };
    // Someone archived, or not in this lesson, still gets their card when a link names them; the select lists
    // them too, so it shows whose card this is.
    return { kind: 'card', person, candidates: candidates.includes(person) ? candidates : [person, ...candidates] };
  }
  const first = candidates[0];
  if (first) return { kind: 'card', person: first, candidates };
  if (lesson) return { kind: 'lesson-without-adults', lessonTitle: lesson.lesson.title };
  return { kind: 'no-people' };
}
