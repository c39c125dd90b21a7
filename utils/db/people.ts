import { nowIso } from '../schema/common';
import type { NewPerson, Person, PersonUpdate } from '../schema/person';
import type { TandemDatabase } from './database';
import { newId } from './ids';

/** Active people first by name; archived people only when asked (they still resolve in old plans). */
export async function listPeople(db: TandemDatabase, options: { includeArchived?: boolean } = {}): Promise<Person[]> {
  const all = await db.people.orderBy('name').toArray();
  return options.includeArchived ? all : all.filter((person) => !person.archived);
}

/**
 * Adds someone typed inline in a panel. Typing the same name twice (any case) returns the person who
 * already exists instead of a duplicate the teacher would have to clean up later.
 */
export async function addPerson(db: TandemDatabase, input: NewPerson): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const wanted = input.name.trim().toLocaleLowerCase();
    const existing = (await db.people.toArray()).find(
      (person) => !person.archived && person.name.toLocaleLowerCase() === wanted,
    );
    if (existing) return existing;
    const now = nowIso();
    const person: Person = {
      id: newId('person'),
      name: input.name.trim(),
      kind: input.kind,
      ...(input.email ? { email: input.email } : {}),
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    await db.people.add(person);
    return person;
  });
}

/**
 * Changes a person's name, kind, e-mail (for Calendar invitations), strengths, free periods or archived
 * state. Returns null when the
 * person does not exist (deleted in another tab), so the caller can say so instead of failing silently.
 */
export async function updatePerson(db: TandemDatabase, update: PersonUpdate): Promise<Person | null> {
  return db.transaction('rw', db.people, async () => {
    const person = await db.people.get(update.id);
    if (!person) return null;
    const next: Person = { ...person, updatedAt: nowIso() };
    if (update.email !== undefined) {
      if (update.email) next.email = update.email;
      else delete next.email;
    }
    if (update.freePeriods !== undefined) next.freePeriods = update.freePeriods;
    if (update.name !== undefined) next.name = update.name.trim();
    if (update.kind !== undefined) next.kind = update.kind;
    if (update.archived !== undefined) next.archived = update.archived;
    if (update.strengths !== undefined) {
      if (update.strengths.trim()) next.strengths = update.strengths.trim();
      else delete next.strengths;
    }
    await db.people.put(next);
    return next;
  });
}
