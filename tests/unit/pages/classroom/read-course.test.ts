import { describe, expect, it } from 'vitest';
import { readCourseName } from '../../../../utils/pages/classroom/read-course';
import { BANNER_COURSE_LINK } from '../../../../utils/pages/classroom/selectors';
import { parseClassroomUrl } from '../../../../utils/pages/classroom/urls';
import { FIXTURE_URLS, type FixtureName, loadFixture } from './fixtures';

const routeOf = (name: FixtureName) => {
  const route = parseClassroomUrl(FIXTURE_URLS[name]);
  if (!route) throw new Error(name);
  return route;
};

describe('readCourseName', () => {
  it.each(['stream', 'classwork', 'topic', 'assignment', 'material'] as const)(
    '%s: the banner link to the course stream, first line only (not "Period 3")',
    (name) => expect(readCourseName(loadFixture(name), routeOf(name))).toBe('Grade 7 Science'),
  );

  it('stream without the banner link: the course banner h1', () => {
    const document = loadFixture('stream');
    document.querySelector(BANNER_COURSE_LINK)?.remove();
    expect(readCourseName(document, routeOf('stream'))).toBe('Grade 7 Science');
  });

  it('classwork without the banner link: null, not a tab label or a drawer entry', () => {
    const document = loadFixture('classwork');
    document.querySelector(BANNER_COURSE_LINK)?.remove();
    expect(readCourseName(document, routeOf('classwork'))).toBeNull();
  });

  it('a banner link to another course is not this course', () => {
    const other = parseClassroomUrl('https://classroom.google.com/u/0/w/NzEyMzQ1Njc4OTAx/t/all');
    if (!other) throw new Error('bad URL');
    expect(readCourseName(loadFixture('classwork'), other)).toBeNull();
  });

  it('nohooks fixture: null', () => {
    expect(readCourseName(loadFixture('assignment-nohooks'), routeOf('assignment-nohooks'))).toBeNull();
  });

  it('home has no course', () => expect(readCourseName(loadFixture('home'), routeOf('home'))).toBeNull());
});
