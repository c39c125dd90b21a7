import { describe, expect, it } from 'vitest';
import { isAfterCursor, newestFirst, prepareQuery } from '../../../utils/notes/query';

describe('note queries', () => {
  it('applies defaults, keeps page sizes sensible and turns the search into words', () => {
    expect(prepareQuery({})).toMatchObject({ limit: 50, includeDone: true, words: [], personId: undefined });
    expect(prepareQuery({ limit: 0 }).limit).toBe(1);
    expect(prepareQuery({ limit: 1e9 }).limit).toBe(500);
    expect(prepareQuery({ limit: 7.9 }).limit).toBe(7);
    expect(prepareQuery({ text: '  Élève, RE-teach ' }).words).toEqual(['eleve', 're', 'teach']);
    // An empty filter value is no filter (a select's "Everyone" option).
    expect(prepareQuery({ personId: '', lessonKey: '' })).toMatchObject({ personId: undefined, lessonKey: undefined });
  });

  it('orders newest first, equal times by id descending, and pages strictly after the cursor', () => {
    const rows = [
      { createdAt: '2025-09-01T10:00:00.000Z', id: 'note:a' },
      { createdAt: '2025-09-02T10:00:00.000Z', id: 'note:b' },
      { createdAt: '2025-09-01T10:00:00.000Z', id: 'note:c' },
    ];
    expect([...rows].sort(newestFirst).map((row) => row.id)).toEqual(['note:b', 'note:c', 'note:a']);
    const cursor = { createdAt: '2025-09-01T10:00:00.000Z', id: 'note:c' };
    expect(rows.filter((row) => isAfterCursor(row, cursor)).map((row) => row.id)).toEqual(['note:a']);
    expect(rows.filter((row) => isAfterCursor(row, undefined))).toHaveLength(3);
  });
});
