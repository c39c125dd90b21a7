import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findDueLine, firstTextLine, readableText } from '../../../../utils/pages/classroom/text';
import { loadFixture } from './fixtures';

const element = (html: string) => {
  const root = new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
};

describe('readable text', () => {
  it('leaves out icon ligatures, which Classroom marks aria-hidden', () => {
    const row = loadFixture('classwork').querySelector('li[data-stream-item-id="638600123459"]') as Element;
    const text = readableText(row) ?? '';
    expect(text).toContain('Quiz: States of Matter');
    expect(text).not.toContain('more_vert');
    expect(text.split(' ')).not.toContain('quiz'); // the icon glyph
  });

  it('first line of a course link is the name, not the section', () => {
    const link = loadFixture('home').querySelector('li[data-course-id="659876543210"] h2 a') as Element;
    expect(firstTextLine(link)).toBe('Co-Planning: 7th Grade Team');
  });

  it('null when there is no readable text', () =>
    expect(readableText(element('<i aria-hidden="true">menu</i>'))).toBeNull());
});

describe('findDueLine', () => {
  it('finds the innermost due line, not a container that starts with it', () => {
    expect(findDueLine(element('<div><span>Due Sep 19, 11:59 PM</span><span>Lab Reports</span></div>'))).toBe(
      'Due Sep 19, 11:59 PM',
    );
  });

  it('joins a due line split across elements', () => {
    expect(findDueLine(element('<div><span>Due <b>Sep 19</b>, 11:59 PM</span></div>'))).toBe('Due Sep 19, 11:59 PM');
  });

  it('ignores aria-hidden text and other date lines', () => {
    expect(findDueLine(element('<span aria-hidden="true">Due Sep 1</span><span>Posted Sep 12</span>'))).toBeNull();
  });

  it('reads "No due date"', () => expect(findDueLine(element('<span>No due date</span>'))).toBe('No due date'));
});
