import { describe, expect, it } from 'vitest';
import { initials } from '../../../utils/notes/initials';
import { linkFromAnswer, linkFromUrl } from '../../../utils/popup/page-link';

const UNTITLED = { lesson: 'Untitled lesson', class: 'Untitled class' };
const LESSON_URL = 'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/a/NjM4NjAwMTIzNDU2/details';

describe("the popup's link to the page in the tab", () => {
  it('takes a valid answer from the content script, and null for a page that is neither lesson nor class', () => {
    const link = { courseId: '638595247147', itemId: '638600123456', itemKind: 'a', title: 'Lab Report' };
    expect(linkFromAnswer(link)).toEqual(link);
    expect(linkFromAnswer(null)).toBeNull();
  });

  it.each([
    ['no answer', undefined],
    ['an id that is not Classroom’s', { courseId: 'abc', title: 'x' }],
    ['a title too long to store', { courseId: '1', title: 'x'.repeat(201) }],
    ['extra nonsense', 'Lab Report'],
  ])('falls back to the URL on %s', (_label, answer) => {
    expect(linkFromAnswer(answer)).toBeUndefined();
  });

  it('reads a lesson from its details URL with the tab title', () => {
    expect(linkFromUrl(LESSON_URL, ' Lab Report: Density of Liquids ', UNTITLED)).toEqual({
      courseId: '638595247147',
      itemId: '638600123456',
      itemKind: 'a',
      account: '0',
      title: 'Lab Report: Density of Liquids',
    });
    expect(linkFromUrl(LESSON_URL, '', UNTITLED)?.title).toBe('Untitled lesson');
    expect(linkFromUrl(LESSON_URL, 'x'.repeat(500), UNTITLED)?.title).toHaveLength(200);
  });

  it('reads a class from its stream, classwork, topic and people pages', () => {
    for (const url of [
      'https://classroom.google.com/c/NjM4NTk1MjQ3MTQ3',
      'https://classroom.google.com/u/1/w/NjM4NTk1MjQ3MTQ3/t/all',
      'https://classroom.google.com/u/0/w/NjM4NTk1MjQ3MTQ3/tc/NjM4NTk5MDAwMTAx',
      'https://classroom.google.com/u/0/r/NjM4NTk1MjQ3MTQ3/sort-last-name',
    ]) {
      const link = linkFromUrl(url, 'Grade 7 Science', UNTITLED);
      expect(link, url).toMatchObject({ courseId: '638595247147', title: 'Grade 7 Science' });
      expect(link?.itemId, url).toBeUndefined();
    }
  });

  it('links nothing for home, the gradebook, other sites or no URL at all', () => {
    for (const url of [
      'https://classroom.google.com/u/0/h',
      'https://classroom.google.com/u/0/c/NjM4NTk1MjQ3MTQ3/gb/sort-last-name',
      'https://calendar.google.com/calendar/u/0/r/week',
      'chrome-extension://abc/popup.html',
      undefined,
    ]) {
      expect(linkFromUrl(url, 'Something', UNTITLED), String(url)).toBeNull();
    }
  });
});

describe('initials', () => {
  it.each([
    ['Jayden Smith', 'J.S.'],
    ['sofía núñez', 'S.N.'],
    ['Ana Ruiz-Soto', 'A.R.'],
    ['Liam O’Brien', 'L.O.'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
