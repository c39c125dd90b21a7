import { localDate } from '../planning-time/dates';
import type { Note } from '../schema/note';
import { type DateRange, inRange } from './range';

// Thank-yous per adult (issue 15): appreciation is part of the partnership. A Thank-you note counts on the day it
// was written, in this computer's time zone (the day the teacher saw). A note names a person, and a class only
// when it was linked to one: with a class picked, only thank-yous linked to that class count.

export function thankYousByPerson(
  notes: readonly Pick<Note, 'kind' | 'personId' | 'createdAt' | 'link'>[],
  courseId: string | null,
  range: DateRange,
  dayOf: (timestamp: string) => string = (timestamp) => localDate(new Date(timestamp)),
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const note of notes) {
    if (note.kind !== 'thank-you' || !note.personId) continue;
    if (courseId !== null && note.link?.courseId !== courseId) continue;
    if (!inRange(dayOf(note.createdAt), range)) continue;
    counts.set(note.personId, (counts.get(note.personId) ?? 0) + 1);
  }
  return counts;
}
