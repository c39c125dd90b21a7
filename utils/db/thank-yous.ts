import type { Note } from '../schema/note';
import type { TandemDatabase } from './database';
import { noteFromRow } from './note-rows';

/**
 * The first and the next month's first instant of a 'YYYY-MM' month, as ISO timestamps. The month is the
 * teacher's own (local time): a thank-you written on 30 November at 11 pm in New York is stored as
 * 1 December in UTC, but belongs in November's message.
 */
export function monthRange(month: string): { from: string; to: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return {
    from: new Date(year, monthIndex, 1).toISOString(),
    to: new Date(year, monthIndex + 1, 1).toISOString(),
  };
}

/**
 * A person's Thank-you notes written in a month, oldest first, through the [personId+createdAt] index (the
 * person's notes of that month only, never a scan of every note). Other kinds are left out.
 */
export async function thankYouNotes(db: TandemDatabase, personId: string, month: string): Promise<Note[]> {
  const { from, to } = monthRange(month);
  const rows = await db.notes
    .where('[personId+createdAt]')
    .between([personId, from], [personId, to], true, false)
    .filter((row) => row.kind === 'thank-you')
    .toArray();
  return rows.map(noteFromRow);
}
