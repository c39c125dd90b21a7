import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../utils/pages/classroom/selectors';
import { FIXTURES, type FixtureName, loadFixture } from './fixtures';

// Every hook, counted on every Classroom fixture. Numbers come from tests/fixtures/README.md. When Google
// changes a page, a new fixture makes this table fail first and shows which hook moved.

const S = selectors;
/** Every exported selector string by its name (STUB_TITLE_SEPARATOR is a text hook, not a selector). */
const exported = new Map<string, string>();
for (const [name, value] of Object.entries(selectors)) {
  if (typeof value === 'string' && value !== S.STUB_TITLE_SEPARATOR) exported.set(name, value);
}
type Counts = Record<FixtureName, number>;
const row = (
  home: number,
  stream: number,
  classwork: number,
  topic: number,
  assignment: number,
  material: number,
  nohooks: number,
): Counts => ({
  home,
  stream,
  classwork,
  topic,
  assignment,
  material,
  'assignment-nohooks': nohooks,
});

//                                                        home stream classwork topic assignment material nohooks
// biome-ignore format: an aligned table reads better than wrapped calls
const expected: Record<string, Counts> = {
  MAIN: /* one main area everywhere */                row(1, 1, 1, 1, 1, 1, 1),
  BANNER:                                             row(1, 1, 1, 1, 1, 1, 1),
  TAB: /* 4 course tabs; + Instructions/Student work */ row(0, 4, 4, 4, 6, 4, 6),
  BANNER_COURSE_LINK: /* gone in nohooks */           row(0, 1, 1, 1, 1, 1, 0),
  COURSE_CARD: /* 4 courses, not 13 links */          row(4, 0, 0, 0, 0, 0, 0),
  COURSE_CARD_LINK:                                   row(4, 0, 0, 0, 0, 0, 0),
  // stream: 4 posts + 2 comment boxes; assignment: stale + header + comments; topic: 5 rows + attachment block
  ITEM_HEADER:                                        row(0, 6, 8, 6, 3, 2, 2),
  ITEM_TITLE: /* stale + real on assignment */        row(0, 1, 0, 0, 2, 1, 1),
  LIST_ROW: /* 2 stream stubs, 8 rows, 5 rows */      row(0, 2, 8, 5, 0, 0, 0),
  CLASSWORK_ROW:                                      row(0, 0, 8, 0, 0, 0, 0),
  TOPIC_PAGE_ROW: /* stream stubs are divs too */     row(0, 2, 0, 5, 0, 0, 0),
  ANNOUNCEMENT:                                       row(0, 2, 0, 0, 0, 0, 0),
  CLASS_COMMENTS:                                     row(0, 2, 0, 0, 1, 1, 1),
  STREAM_ITEM_STUB: /* used on the stream only */     row(0, 2, 8, 5, 0, 0, 0),
  STUB_LINK:                                          row(0, 2, 0, 0, 0, 0, 0),
  ROW_TITLE: /* classwork: 8 rows + 2 "Collapse topic" */ row(0, 0, 10, 5, 0, 0, 0),
  TOPIC: /* section + header per topic */             row(0, 0, 4, 1, 0, 0, 0),
  DETAILS_LINK: /* due link, Upcoming, expanded row, Instructions tab */ row(1, 1, 1, 1, 1, 0, 1),
  ATTACHMENT:                                         row(0, 1, 1, 1, 2, 1, 1),
};

const documents = Object.fromEntries(FIXTURES.map((name) => [name, loadFixture(name)])) as Record<
  FixtureName,
  Document
>;
const count = (name: FixtureName, selector: string) => documents[name].querySelectorAll(selector).length;

describe('selector counts per fixture', () => {
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
  it('home: naive course links count 13 (drawer, gradebook, due link), cards count 4', () => {
    expect(count('home', 'a[href*="/c/"]')).toBe(13);
    expect(count('home', S.COURSE_CARD)).toBe(4);
  });

  it('classwork: the title hook scoped to rows finds exactly the 8 rows', () => {
    expect(count('classwork', `${S.CLASSWORK_ROW} ${S.ROW_TITLE}`)).toBe(8);
  });

  it('assignment: the item id is on the header and on its comment box; the naive h1 is the stale one', () => {
    expect(count('assignment', S.itemById('638600123456'))).toBe(2);
    expect(documents.assignment.querySelector(`${S.ITEM_HEADER} ${S.ITEM_TITLE}`)?.textContent).toBe(
      'Exit Ticket: What is density?',
    );
  });

  it('topic: the attachment block repeats a row id without a type', () => {
    expect(count('topic', S.itemById('638600123458'))).toBe(2);
    expect(count('topic', `${S.itemById('638600123458')}[data-stream-item-type]`)).toBe(1);
  });

  it('itemById keeps only digits, so it cannot inject into a selector', () => {
    expect(S.itemById('638600123456"], a[href')).toBe('[data-stream-item-id="638600123456"]');
  });
});
