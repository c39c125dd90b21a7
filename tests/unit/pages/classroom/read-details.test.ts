import { describe, expect, it } from 'vitest';
import { readDetails } from '../../../../utils/pages/classroom/read-details';
import { type ClassroomRoute, parseClassroomUrl } from '../../../../utils/pages/classroom/urls';
import { FIXTURE_URLS, loadFixture } from './fixtures';

const NOW = new Date(2025, 8, 16, 9, 0); // Tue Sep 16 2025, local

function detailsRoute(url: string): Extract<ClassroomRoute, { kind: 'details' }> {
  const route = parseClassroomUrl(url);
  if (route?.kind !== 'details') throw new Error(`not a details URL: ${url}`);
  return route;
}

describe('readDetails on classroom-assignment.html', () => {
  const route = detailsRoute(FIXTURE_URLS.assignment);

  it('reads title, course and due date from the visible header, not the stale view', () => {
    expect(readDetails(loadFixture('assignment'), route, NOW)).toEqual({
      title: 'Lab Report: Density of Liquids',
      courseName: 'Grade 7 Science',
      dueDate: '2025-09-19',
      dueText: 'Due Sep 19, 11:59 PM',
      missing: [],
    });
  });

  it('does not trust the hidden stale view even when the URL names its item', () => {
    // 638600123458 is the item of the stale, display:none header ("Exit Ticket: What is density?").
    const stale = { ...route, itemId: '638600123458', itemKind: 'sa' as const };
    const reading = readDetails(loadFixture('assignment'), stale, NOW);
    expect(reading.title).toBeNull();
    expect(reading.missing).toEqual(['title', 'due']);
    expect(reading.courseName).toBe('Grade 7 Science');
  });

  it('"No due date" is read, not missing', () => {
    const document = loadFixture('assignment');
    const dueLine = [...document.querySelectorAll('[data-stream-item-id="638600123456"] span')].find((span) =>
      span.textContent?.startsWith('Due '),
    );
    if (!dueLine) throw new Error('fixture changed: no due line');
    dueLine.textContent = 'No due date';
    const reading = readDetails(document, route, NOW);
    expect(reading).toMatchObject({ dueDate: null, dueText: 'No due date', missing: [] });
  });

  it('picks the due year closest to now', () => {
    expect(readDetails(loadFixture('assignment'), route, new Date(2026, 0, 10)).dueDate).toBe('2025-09-19');
    expect(readDetails(loadFixture('assignment'), route, new Date(2026, 6, 1)).dueDate).toBe('2026-09-19');
  });
});

describe('readDetails on classroom-material.html', () => {
  it('reads the material; a material has no due date and none is missing', () => {
    expect(readDetails(loadFixture('material'), detailsRoute(FIXTURE_URLS.material), NOW)).toEqual({
      title: 'Density Notes (slides)',
      courseName: 'Grade 7 Science',
      dueDate: null,
      dueText: null,
      missing: [],
    });
  });
});

describe('readDetails on classroom-assignment-nohooks.html (Google changed the page)', () => {
  const reading = readDetails(loadFixture('assignment-nohooks'), detailsRoute(FIXTURE_URLS['assignment-nohooks']), NOW);

  it('reports title and course missing instead of guessing', () => {
    expect(reading.missing).toContain('title');
    expect(reading.missing).toContain('course');
    expect(reading.title).toBeNull();
    expect(reading.courseName).toBeNull();
  });

  it('never returns the stale h1 or a tab label', () => {
    expect(reading.title).not.toBe('Exit Ticket: What is density?');
    expect(reading.courseName).not.toBe('Stream');
  });

  it('the due line is only read inside the item header, so it is missing too', () => {
    expect(reading).toMatchObject({ dueDate: null, dueText: null, missing: ['title', 'course', 'due'] });
  });
});

describe('readDetails never throws', () => {
  it('on an empty root every field is missing', () => {
    const empty = loadFixture('assignment').createDocumentFragment();
    expect(readDetails(empty, detailsRoute(FIXTURE_URLS.assignment), NOW)).toEqual({
      title: null,
      courseName: null,
      dueDate: null,
      dueText: null,
      missing: ['title', 'course', 'due'],
    });
  });

  it('when the DOM itself throws', () => {
    const hostile = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(readDetails(hostile, detailsRoute(FIXTURE_URLS.assignment), NOW).missing).toEqual([
      'title',
      'course',
      'due',
    ]);
  });
});
