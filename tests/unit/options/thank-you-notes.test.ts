import '../db/test-db';
import { describe, expect, it } from 'vitest';
import { noteRow } from '../../../utils/db/note-rows';
import { monthRange, thankYouNotes } from '../../../utils/db/notes';
import type { Note } from '../../../utils/schema/note';
import { freshDatabase } from '../db/test-db';

let counter = 0;
function note(personId: string | undefined, createdAt: Date, kind: Note['kind'] = 'thank-you'): Note {
  counter += 1;
  return {
    id: `note:${counter}`,
    text: `note ${counter}`,
    kind,
    ...(personId ? { personId } : {}),
    done: false,
    createdAt: createdAt.toISOString(),
    updatedAt: createdAt.toISOString(),
  };
}

describe('thankYouNotes', () => {
  it("returns one person's thank-you notes of one local month, oldest first", async () => {
    const db = freshDatabase();
    // Local times (new Date(y, m, d …)), so the edges hold in whatever time zone the tests run.
    const firstInstant = note('person:marcus', new Date(2026, 10, 1, 0, 0, 0, 0));
    const lastMinute = note('person:marcus', new Date(2026, 10, 30, 23, 59, 59, 999));
    const middle = note('person:marcus', new Date(2026, 10, 15, 12, 0));
    const octoberLast = note('person:marcus', new Date(2026, 9, 31, 23, 59, 59, 999));
    const decemberFirst = note('person:marcus', new Date(2026, 11, 1, 0, 0));
    const observation = note('person:marcus', new Date(2026, 10, 10), 'observation');
    const someoneElse = note('person:zoe', new Date(2026, 10, 10));
    const nobody = note(undefined, new Date(2026, 10, 10));
    await db.notes.bulkAdd(
      [firstInstant, lastMinute, middle, octoberLast, decemberFirst, observation, someoneElse, nobody].map(noteRow),
    );

    const found = await thankYouNotes(db, 'person:marcus', '2026-11');
    expect(found.map((n) => n.id)).toEqual([firstInstant.id, middle.id, lastMinute.id]);
    // Plain notes: the derived index fields are not returned.
    expect(found[0]).toEqual(firstInstant);
    expect(await thankYouNotes(db, 'person:marcus', '2026-10')).toEqual([octoberLast]);
    expect(await thankYouNotes(db, 'person:marcus', '2026-12')).toEqual([decemberFirst]);
  });

  it('crosses the year boundary and is empty for a month without notes', async () => {
    const db = freshDatabase();
    const newYear = note('person:ana', new Date(2027, 0, 1, 0, 0));
    const newYearsEve = note('person:ana', new Date(2026, 11, 31, 23, 30));
    await db.notes.bulkAdd([newYear, newYearsEve].map(noteRow));
    expect(await thankYouNotes(db, 'person:ana', '2026-12')).toEqual([newYearsEve]);
    expect(await thankYouNotes(db, 'person:ana', '2027-01')).toEqual([newYear]);
    expect(await thankYouNotes(db, 'person:ana', '2027-02')).toEqual([]);
  });

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => monthRange('2026-1')).toThrow(RangeError);
    expect(monthRange('2026-12')).toEqual({
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2027, 0, 1).toISOString(),
    });
  });
});
