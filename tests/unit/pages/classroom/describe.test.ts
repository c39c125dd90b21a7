import { describe, expect, it } from 'vitest';
import { describePage } from '../../../../utils/pages/classroom/describe';
import { exampleUrls } from '../../../../utils/pages/classroom/urls';
import { NoteLink } from '../../../../utils/schema/note';
import { FIXTURE_URLS, loadFixture } from './fixtures';

const NOW = new Date(2025, 8, 16, 9, 0);
const UNTITLED = { lesson: 'This lesson', class: 'This class' };
const COURSE_ID = '638595247147';

describe('describePage on the fixtures', () => {
  it('an assignment: the lesson from the URL, its title and class from the visible header', () => {
    expect(describePage(FIXTURE_URLS.assignment, loadFixture('assignment'), NOW, UNTITLED)).toEqual({
      courseId: COURSE_ID,
      itemId: '638600123456',
      itemKind: 'a',
      account: '0',
      title: 'Lab Report: Density of Liquids',
      courseName: 'Grade 7 Science',
    });
  });

  it('a material', () => {
    expect(describePage(FIXTURE_URLS.material, loadFixture('material'), NOW, UNTITLED)).toEqual({
      courseId: COURSE_ID,
      itemId: '638600123457',
      itemKind: 'm',
      account: '0',
      title: 'Density Notes (slides)',
      courseName: 'Grade 7 Science',
    });
  });

  it.each(['stream', 'classwork', 'topic'] as const)('%s: the class, without an item', (name) => {
    expect(describePage(FIXTURE_URLS[name], loadFixture(name), NOW, UNTITLED)).toEqual({
      courseId: COURSE_ID,
      account: '0',
      title: 'Grade 7 Science',
      courseName: 'Grade 7 Science',
    });
  });

  it('the people page is the class too', () => {
    const url = 'https://classroom.google.com/u/0/r/NjM4NTk1MjQ3MTQ3/sort-last-name';
    expect(describePage(url, loadFixture('stream'), NOW, UNTITLED)).toMatchObject({
      courseId: COURSE_ID,
      title: 'Grade 7 Science',
    });
  });

  it('home is neither a lesson nor a class', () => {
    expect(describePage(FIXTURE_URLS.home, loadFixture('home'), NOW, UNTITLED)).toBeNull();
  });

  it('a page whose hooks are gone: ids from the URL, the generic label as title, no class name, no stale title', () => {
    const link = describePage(FIXTURE_URLS['assignment-nohooks'], loadFixture('assignment-nohooks'), NOW, UNTITLED);
    expect(link).toEqual({
      courseId: COURSE_ID,
      itemId: '638600123459',
      itemKind: 'a',
      account: '0',
      title: 'This lesson',
    });
  });

  it('a lesson whose title is unreadable but whose class is known is titled with the class', () => {
    // The URL names the hidden stale item: its h1 must not be trusted, the banner still names the class.
    const stale = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/sa/NjM4NjAwMTIzNDU4/details';
    expect(describePage(stale, loadFixture('assignment'), NOW, UNTITLED)).toMatchObject({
      itemId: '638600123458',
      title: 'Grade 7 Science',
      courseName: 'Grade 7 Science',
    });
  });

  it('a class page with nothing readable uses the generic class label', () => {
    const empty = loadFixture('classwork').createDocumentFragment();
    expect(describePage(FIXTURE_URLS.classwork, empty, NOW, UNTITLED)).toEqual({
      courseId: COURSE_ID,
      account: '0',
      title: 'This class',
    });
  });
});

describe('describePage on every example URL', () => {
  const document = loadFixture('home').createDocumentFragment();
  const described = Object.entries(exampleUrls).flatMap(([kind, urls]) =>
    urls.map((url) => [kind, url, describePage(url, document, NOW, UNTITLED)] as const),
  );

  it('describes lessons and classes only, never another page kind', () => {
    const CLASS_KINDS = ['stream', 'classwork', 'topic', 'people'];
    for (const [kind, url, link] of described) {
      if (kind === 'details') expect(link?.itemId, url).toMatch(/^\d+$/);
      else if (CLASS_KINDS.includes(kind)) expect(link && !('itemId' in link), url).toBe(true);
      else expect(link, url).toBeNull();
    }
  });

  it('always answers a valid NoteLink with a title', () => {
    for (const [, url, link] of described) {
      if (link === null) continue;
      expect(NoteLink.safeParse(link).success, url).toBe(true);
      expect(link.title.length, url).toBeGreaterThan(0);
    }
  });

  it('keeps the account only when the URL has one', () => {
    const bare = describePage('https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3', document, NOW, UNTITLED);
    expect(bare).not.toHaveProperty('account');
  });

  it('clips a very long title to what a note link can hold', () => {
    const page = loadFixture('assignment');
    const heading = page.querySelector('[data-stream-item-id="638600123456"] h1');
    if (!heading) throw new Error('fixture changed: no title');
    heading.textContent = 'x'.repeat(1000);
    const link = describePage(FIXTURE_URLS.assignment, page, NOW, UNTITLED);
    expect(link?.title).toHaveLength(200);
    expect(NoteLink.safeParse(link).success).toBe(true);
  });

  it('is not fooled by other hosts', () => {
    expect(
      describePage('https://example.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details', document, NOW, UNTITLED),
    ).toBeNull();
  });
});
