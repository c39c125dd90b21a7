import type { Person } from '../schema/person';

// How the Team page names an adult: archived people are still counted (their lessons happened) and named as
// archived; an id no person has any more (deleted since) is still counted, as "Unknown person".

export interface AdultName {
  personId: string;
  name: string;
  archived: boolean;
  known: boolean;
}

export function adultName(people: readonly Pick<Person, 'id' | 'name' | 'archived'>[], personId: string): AdultName {
  const person = people.find((candidate) => candidate.id === personId);
  return person
    ? { personId, name: person.name, archived: person.archived, known: true }
    : { personId, name: '', archived: false, known: false };
}
