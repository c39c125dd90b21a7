import { describe, expect, it } from 'vitest';
import { readListDueDates } from '../../../../utils/pages/classroom/list-due-dates';
import { readListItems } from '../../../../utils/pages/classroom/read-list';
import { fixtureRoute, loadFixture } from './fixtures';

// The class summary's reader (no zod) must agree with the full, validated reader on every list fixture.

const NOW = new Date(2025, 8, 16, 9, 0);

const route = fixtureRoute;

describe('readListDueDates', () => {
  for (const name of ['classwork', 'stream', 'topic'] as const) {
    it(`gives the same lessons and due dates as readListItems on ${name}`, () => {
      const document = loadFixture(name);
      const dates = readListDueDates(document, route(name), NOW);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates).toEqual(
        readListItems(document, route(name), NOW).map(({ itemId, dueDate }) => ({ itemId, dueDate })),
      );
    });
  }

  it('reads the due dates Classwork shows (the fixture has dated and undated lessons)', () => {
    const dates = readListDueDates(loadFixture('classwork'), route('classwork'), NOW);
    expect(dates.find((item) => item.itemId === '638600123456')?.dueDate).toBe('2025-09-19');
    expect(dates.find((item) => item.itemId === '638600123463')?.dueDate).toBeNull();
  });
});
