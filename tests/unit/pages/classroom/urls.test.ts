import { describe, expect, it } from 'vitest';
import {
  type ClassroomRoute,
  detailsUrl,
  exampleUrls,
  isClasswork,
  isGradebook,
  isHome,
  isItemDetails,
  isListPage,
  isPeople,
  isPost,
  isStream,
  isStudentWork,
  isTopic,
  parseClassroomLink,
  parseClassroomUrl,
} from '../../../../utils/pages/classroom/urls';

type Kind = ClassroomRoute['kind'];

const predicates: Record<Kind, (url: URL | string) => boolean> = {
  home: isHome,
  stream: isStream,
  post: isPost,
  details: isItemDetails,
  studentWork: isStudentWork,
  gradebook: isGradebook,
  classwork: isClasswork,
  topic: isTopic,
  people: isPeople,
};
const LIST_KINDS: ReadonlyArray<Kind | 'none'> = ['stream', 'classwork', 'topic'];

const allExamples = Object.entries(exampleUrls).flatMap(([kind, urls]) =>
  urls.map((url) => [kind as Kind | 'none', url] as const),
);

describe('every example URL against every predicate', () => {
  it('has examples for every kind', () => {
    for (const kind of [...Object.keys(predicates), 'none']) {
      expect(exampleUrls[kind as Kind | 'none'].length, kind).toBeGreaterThan(0);
    }
  });

  it.each(allExamples)('%s: %s', (kind, url) => {
    const matched = Object.entries(predicates)
      .filter(([, predicate]) => predicate(url))
      .map(([name]) => name);
    expect(matched).toEqual(kind === 'none' ? [] : [kind]);
    expect(isListPage(url)).toBe(LIST_KINDS.includes(kind));
    expect(parseClassroomUrl(url)?.kind ?? 'none').toBe(kind);
    // A URL object answers like its string.
    expect(matched.every((name) => predicates[name as Kind](new URL(url)))).toBe(true);
  });
});

describe('parseClassroomUrl', () => {
  it('reads an assignment details URL field by field', () => {
    expect(parseClassroomUrl('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details')).toEqual(
      {
        kind: 'details',
        account: '0',
        courseId: '638595247147',
        courseToken: 'NjM4NTk1MjQ3MTQ3',
        itemKind: 'a',
        itemId: '638600123456',
        itemToken: 'NjM4NjAwMTIzNDU2',
      },
    );
  });

  it('reads a material on another account, and a question without one', () => {
    expect(
      parseClassroomUrl('https://classroom.google.com/u/3/c/NjcyOTEyOTk2Nzgx/m/NjkwNTE0Njc3NDA3/details'),
    ).toMatchObject({
      kind: 'details',
      account: '3',
      courseId: '672912996781',
      itemKind: 'm',
      itemId: '690514677407',
    });
    const question = parseClassroomUrl('https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details');
    expect(question).toMatchObject({ kind: 'details', itemKind: 'sa', itemId: '638600123458' });
    expect(question?.account).toBeUndefined();
  });

  it('reads the topic id of a topic page', () => {
    expect(parseClassroomUrl('https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx')).toEqual({
      kind: 'topic',
      account: '0',
      courseId: '638595247147',
      courseToken: 'NjM4NTk1MjQ3MTQ3',
      topicId: '638599000101',
      topicToken: 'NjM4NTk5MDAwMTAx',
    });
  });

  it('reads the "Z" ids of a real student-work URL', () => {
    expect(
      parseClassroomUrl(
        'https://classroom.google.com/u/3/c/NTQ5NzUyNTc2NjJa/a/MTIyNTAxNjE2Nzc1/submissions/by-status/and-sort-name/student/MTYzNzQ0Mzk4NjRa',
      ),
    ).toMatchObject({
      kind: 'studentWork',
      account: '3',
      courseId: '54975257662',
      itemId: '122501616775',
      itemKind: 'a',
    });
  });

  it('ignores query and hash, tolerates a trailing slash', () => {
    const stream = { kind: 'stream', account: '0', courseId: '638595247147', courseToken: 'NjM4NTk1MjQ3MTQ3' };
    expect(parseClassroomUrl('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/?cjc=x7k2qpd#top')).toEqual(stream);
  });

  it('home has no course', () => {
    expect(parseClassroomUrl('https://classroom.google.com/h')).toEqual({ kind: 'home', account: undefined });
  });

  it('is null when an id does not decode to digits, and for strings that are not URLs', () => {
    expect(parseClassroomUrl('https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/aGVsbG8/details')).toBeNull();
    expect(parseClassroomUrl('https://classroom.google.com/u/0/w/aGVsbG8/t/all')).toBeNull();
    expect(parseClassroomUrl('not a url')).toBeNull();
  });
});

describe('parseClassroomLink', () => {
  it('resolves the root-relative hrefs Classroom writes', () => {
    expect(parseClassroomLink('/u/0/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details')).toMatchObject({
      kind: 'details',
      itemKind: 'sa',
      itemId: '638600123458',
    });
    expect(parseClassroomLink('https://docs.google.com/document/d/1FixtureLabTemplate/edit')).toBeNull();
    expect(parseClassroomLink(null)).toBeNull();
  });
});

describe('detailsUrl', () => {
  it('builds the URL Classroom uses', () => {
    expect(detailsUrl({ account: '0', courseId: '638595247147', itemId: '638600123457', itemKind: 'm' })).toBe(
      'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/m/NjM4NjAwMTIzNDU3/details',
    );
    expect(detailsUrl({ courseId: '638595247147', itemId: '638600123458', itemKind: 'sa' })).toBe(
      'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details',
    );
  });

  it('round-trips every plain details example', () => {
    const plain = exampleUrls.details.filter((url) => url.endsWith('/details'));
    expect(plain.length).toBeGreaterThan(10);
    for (const url of plain) {
      const route = parseClassroomUrl(url);
      if (route?.kind !== 'details') throw new Error(`not details: ${url}`);
      expect(detailsUrl(route)).toBe(url);
    }
  });
});

describe('parseClassroomUrl, asked about the same URL again', () => {
  const url = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details';

  it('answers the same, for a string and for a URL object', () => {
    const first = parseClassroomUrl(url);
    expect(parseClassroomUrl(url)).toEqual(first);
    expect(parseClassroomUrl(new URL(url))).toEqual(first);
  });

  it('hands every caller its own copy: changing one answer cannot change the next', () => {
    const first = parseClassroomUrl(url);
    if (first?.kind !== 'details') throw new Error('expected a details route');
    first.itemId = '1';
    expect(parseClassroomUrl(url)).toMatchObject({ kind: 'details', itemId: '638600123456' });
  });

  it('still tells other pages apart right after', () => {
    parseClassroomUrl(url);
    expect(parseClassroomUrl('https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all')?.kind).toBe('classwork');
    expect(parseClassroomUrl('https://example.com/u/0/w/NjM4NTk1MjQ3MTQ3/t/all')).toBeNull();
  });
});
