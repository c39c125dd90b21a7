import { describe, expect, it } from 'vitest';
import { readListRows } from '../../../../utils/pages/classroom/list-rows';
import { readListItems } from '../../../../utils/pages/classroom/read-list';
import { CLASSWORK_ROW } from '../../../../utils/pages/classroom/selectors';
import { fixtureRoute, loadFixture } from './fixtures';

// The badge-only reader (no zod, loaded on every Classroom page) must find exactly the rows the full,
// zod-validated reader finds, with the same ids, kinds and elements.

const NOW = new Date(2025, 8, 16, 9, 0);

const route = fixtureRoute;

describe('readListRows', () => {
  for (const name of ['classwork', 'stream', 'topic'] as const) {
    it(`finds the same lessons as readListItems on ${name}`, () => {
      const document = loadFixture(name);
      const rows = readListRows(document, route(name));
      const items = readListItems(document, route(name), NOW);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(items.map(({ itemId, itemKind, element }) => ({ itemId, itemKind, element })));
    });
  }

  it('skips a row whose id is not a Classroom numeric id, as the NumericId schema would', () => {
    const document = loadFixture('classwork');
    const first = document.querySelector(CLASSWORK_ROW);
    first?.setAttribute('data-stream-item-id', '123abc');
    const ids = readListRows(document, route('classwork')).map((row) => row.itemId);
    expect(ids).not.toContain('123abc');
    expect(ids.length).toBe(readListItems(loadFixture('classwork'), route('classwork'), NOW).length - 1);
  });

  it('reads nothing on a page that is not a list', () => {
    expect(readListRows(loadFixture('classwork'), route('assignment'))).toEqual([]);
  });
});
