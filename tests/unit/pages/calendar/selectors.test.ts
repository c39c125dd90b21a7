import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../utils/pages/calendar/selectors';
import { FIXTURES, type FixtureName, loadFixture } from './fixtures';

// Every hook, counted on both Calendar fixtures. Numbers come from tests/fixtures/README.md. When Google
// changes a page, a new fixture makes this table fail first and shows which hook moved.

const S = selectors;
const exported = new Map<string, string>();
for (const [name, value] of Object.entries(selectors)) if (typeof value === 'string') exported.set(name, value);
const row = (week: number, month: number): Record<FixtureName, number> => ({ week, month });

//                                                                    week month
// biome-ignore format: an aligned table reads better than wrapped calls
const expected: Record<string, Record<FixtureName, number>> = {
  VIEW_KEY:                                                       row(1, 1),
  GRID: /* the mini month is a role=grid without keys */          row(1, 1),
  DAY_COLUMN:                                                     row(7, 0),
  GRIDCELL: /* 7 all-day cells + 7 columns; 5 weeks × 7 */        row(14, 35),
  ALL_DAY_CELL:                                                   row(7, 35),
  ROW: /* 3 grid rows; header + 5 weeks; + 5 mini-month rows */  row(8, 11),
  COLUMN_HEADER_DATE:                                             row(7, 0),
  EVENT_CHIP: /* 2 all-day + 15 timed; 13 rendered month chips */ row(17, 13),
  MONTH_DATE_NUMBER:                                              row(0, 35),
  MONTH_DAY_TARGET:                                               row(0, 35),
  FILLED_STACKED_CHIP: /* all-day chips only */                   row(2, 4),
};

const documents = Object.fromEntries(FIXTURES.map((name) => [name, loadFixture(name)])) as Record<
  FixtureName,
  Document
>;
const count = (name: FixtureName, selector: string) => documents[name].querySelectorAll(selector).length;

describe('Calendar selector counts per fixture', () => {
  it('covers every exported selector string', () => {
    expect([...exported.keys()].sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, counts] of Object.entries(expected)) {
    it.each(FIXTURES)(`${name} on %s`, (fixture) => {
      expect(count(fixture, exported.get(name) ?? `missing ${name}`)).toBe(counts[fixture]);
    });
  }
});

describe('traps the selectors avoid', () => {
  it('week: a naive [data-eventid] finds 32 elements (drag handles repeat the id), chips are 17', () => {
    expect(count('week', '[data-eventid]')).toBe(32);
    expect(count('week', S.EVENT_CHIP)).toBe(17);
    expect(count('week', `${S.EVENT_CHIP} [data-eventid]`)).toBe(15);
  });

  it('month: day cells carry no datekey, so dates must come from the week row', () => {
    expect(count('month', `${S.GRIDCELL}[data-datekey]`)).toBe(0);
    expect(count('month', `${S.GRID} [data-datekey]`)).toBe(70);
  });

  it('month: stacked-layout chips are every chip, not only the all-day ones', () => {
    expect(count('month', '[data-stacked-layout-chip-container="true"]')).toBe(13);
  });
});
