import { newId, nowIso } from '../schema/common';
import type { NewPerson, Person, PersonUpdate } from '../schema/person';
import type { TandemDatabase } from './database';
import { applyFieldEdits } from './field-times';

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
 * state — only the fields given, each unless a later edit of it is already stored (`editedAt`: when the
 * teacher made this change; a save that waited in the outbox is older than one made since, see
 * utils/db/field-times.ts). Returns null when the person does not exist (deleted in another tab), so the
 * caller can say so instead of failing silently.
 */
export async function updatePerson(
  db: TandemDatabase,
  update: PersonUpdate,
  editedAt = Date.now(),
): Promise<Person | null> {
  return db.transaction('rw', db.people, db.fieldTimes, async () => {
    const person = await db.people.get(update.id);
    if (!person) return null;
    const { id: _id, ...changes } = update;
    const next: Person = { ...person };
    const applied = await applyFieldEdits(db, person.id, next as PersonUpdate, changes, () => editedAt);
    if (applied.length === 0) return person;
    // An empty e-mail or strengths text removes it.
    if (next.email === '') delete next.email;
    if (next.strengths !== undefined) {
      if (next.strengths.trim()) next.strengths = next.strengths.trim();
      else delete next.strengths;
    }
    next.name = next.name.trim();
    next.updatedAt = nowIso();
    await db.people.put(next);
    return next;
  });
}
