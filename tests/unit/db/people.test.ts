import { describe, expect, it } from 'vitest';
import { addPerson, listPeople } from '../../../utils/db/people';
import { Person } from '../../../utils/schema/person';
import { freshDatabase } from './test-db';

describe('people', () => {
  it('adds people with ids and timestamps, listed by name', async () => {
    const db = freshDatabase();
    const zoe = await addPerson(db, { name: '  Zoe Park ', kind: 'special-education-teacher' });
    await addPerson(db, { name: 'Marcus Lee', kind: 'paraprofessional', email: 'marcus@lincoln-ms.example' });
    expect(zoe.name).toBe('Zoe Park');
    expect(zoe.id).toMatch(/^person:/);
    expect(Person.safeParse(zoe).success).toBe(true);
    expect((await listPeople(db)).map((person) => person.name)).toEqual(['Marcus Lee', 'Zoe Park']);
  });

  it('returns the existing person instead of a duplicate for the same name', async () => {
    const db = freshDatabase();
    const first = await addPerson(db, { name: 'Marcus Lee', kind: 'paraprofessional' });
    const again = await addPerson(db, { name: 'marcus lee', kind: 'other' });
    expect(again.id).toBe(first.id);
    expect(await db.people.count()).toBe(1);
  });

  it('hides archived people unless asked', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Ana Ruiz', kind: 'ell-teacher' });
    await db.people.update(person.id, { archived: true });
    expect(await listPeople(db)).toEqual([]);
    expect(await listPeople(db, { includeArchived: true })).toHaveLength(1);
  });
});
