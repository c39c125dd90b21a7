import { describe, expect, it } from 'vitest';
import { readListItems } from '../../../../utils/pages/classroom/read-list';
import { CLASSWORK_ROW, TOPIC_PAGE_ROW } from '../../../../utils/pages/classroom/selectors';
import { type ClassroomRoute, parseClassroomUrl } from '../../../../utils/pages/classroom/urls';
import { FIXTURE_URLS, type FixtureName, loadFixture } from './fixtures';

const NOW = new Date(2025, 8, 16, 9, 0); // Tue Sep 16 2025, local
const UNIT_3 = '638599000101';
const LAB_SAFETY = '638599000102';

function route(name: FixtureName): ClassroomRoute {
  const parsed = parseClassroomUrl(FIXTURE_URLS[name]);
  if (!parsed) throw new Error(`not a Classroom URL: ${name}`);
  return parsed;
}
const read = (name: FixtureName, document = loadFixture(name)) => readListItems(document, route(name), NOW);
const data = (items: ReturnType<typeof readListItems>) => items.map(({ element: _element, ...rest }) => rest);

describe('classwork (classroom-classwork.html)', () => {
  it('reads the 8 rows in order, with kind, title, due date and topic', () => {
    expect(data(read('classwork'))).toEqual([
      { itemId: '638600123463', itemKind: 'm', title: 'Syllabus & Class Norms', dueDate: null, topicId: null },
      {
        itemId: '638600123456',
        itemKind: 'a',
        title: 'Lab Report: Density of Liquids',
        dueDate: '2025-09-19',
        topicId: UNIT_3,
      },
      {
        itemId: '638600123459',
        itemKind: 'a',
        title: 'Quiz: States of Matter',
        dueDate: '2025-09-22',
        topicId: UNIT_3,
      },
      // Questions: the row does not tell sa from mc; /a/ redirects (tests/fixtures/README.md A.1).
      {
        itemId: '638600123458',
        itemKind: 'a',
        title: 'Exit Ticket: What is density?',
        dueDate: '2025-09-16',
        topicId: UNIT_3,
      },
      { itemId: '638600123460', itemKind: 'a', title: 'Warm-up: Which liquid sinks?', dueDate: null, topicId: UNIT_3 },
      { itemId: '638600123457', itemKind: 'm', title: 'Density Notes (slides)', dueDate: null, topicId: UNIT_3 },
      {
        itemId: '638600123462',
        itemKind: 'a',
        title: 'Safety Scavenger Hunt',
        dueDate: '2025-09-05',
        topicId: LAB_SAFETY,
      },
      { itemId: '638600123461', itemKind: 'm', title: 'Lab Safety Contract', dueDate: null, topicId: LAB_SAFETY },
    ]);
  });

  it('gives each row its li as the badge element', () => {
    for (const item of read('classwork')) {
      expect(item.element.matches(CLASSWORK_ROW)).toBe(true);
      expect(item.element.getAttribute('data-stream-item-id')).toBe(item.itemId);
    }
  });

  it('skips hidden rows', () => {
    const document = loadFixture('classwork');
    document.querySelector('[data-stream-item-id="638600123459"]')?.setAttribute('hidden', '');
    document.querySelector('[data-topic-id="638599000102"]')?.setAttribute('style', 'display:none');
    expect(read('classwork', document).map((item) => item.itemId)).toEqual([
      '638600123463',
      '638600123456',
      '638600123458',
      '638600123460',
      '638600123457',
    ]);
  });

  it('keeps one item per id when a row is rendered twice, the first one', () => {
    const document = loadFixture('classwork');
    const first = document.querySelector('li[data-stream-item-id="638600123456"]');
    if (!first) throw new Error('fixture changed');
    document.querySelector('[data-topic-id="638599000102"] ol')?.append(first.cloneNode(true));
    const items = read('classwork', document);
    expect(items).toHaveLength(8);
    expect(items.find((item) => item.itemId === '638600123456')?.element).toBe(first);
  });
});

describe('topic page (classroom-topic.html)', () => {
  it('reads the 5 div rows; the topic comes from the URL; a real /sa/ link tells the question kind', () => {
    expect(data(read('topic'))).toEqual([
      {
        itemId: '638600123456',
        itemKind: 'a',
        title: 'Lab Report: Density of Liquids',
        dueDate: '2025-09-19',
        topicId: UNIT_3,
      },
      {
        itemId: '638600123459',
        itemKind: 'a',
        title: 'Quiz: States of Matter',
        dueDate: '2025-09-22',
        topicId: UNIT_3,
      },
      {
        itemId: '638600123458',
        itemKind: 'sa',
        title: 'Exit Ticket: What is density?',
        dueDate: '2025-09-16',
        topicId: UNIT_3,
      },
      { itemId: '638600123460', itemKind: 'a', title: 'Warm-up: Which liquid sinks?', dueDate: null, topicId: UNIT_3 },
      { itemId: '638600123457', itemKind: 'm', title: 'Density Notes (slides)', dueDate: null, topicId: UNIT_3 },
    ]);
  });

  it('badges the row div, not the untyped attachment block that repeats the id', () => {
    const items = read('topic');
    expect(items.every((item) => item.element.matches(TOPIC_PAGE_ROW))).toBe(true);
    expect(items.find((item) => item.itemId === '638600123458')?.element.hasAttribute('data-material-parent-id')).toBe(
      false,
    );
  });
});

describe('stream (classroom-stream.html)', () => {
  it('reads the two new-item stubs, not the announcements or their comment boxes', () => {
    expect(data(read('stream'))).toEqual([
      { itemId: '638600123456', itemKind: 'a', title: 'Lab Report: Density of Liquids', dueDate: null, topicId: null },
      { itemId: '638600123457', itemKind: 'm', title: 'Density Notes (slides)', dueDate: null, topicId: null },
    ]);
  });

  it('gives the stub as the badge element', () => {
    const [assignment] = read('stream');
    expect(assignment?.element.getAttribute('data-stream-item-type')).toBe('1');
    expect(assignment?.element.getAttribute('data-include-stream-item-materials')).toBeNull();
  });

  it('a stub label without ": " has no title, but is still a lesson', () => {
    const document = loadFixture('stream');
    document
      .querySelector('[data-stream-item-id="638600123457"] [role="link"]')
      ?.setAttribute('aria-label', 'Nouveau support');
    expect(data(read('stream', document))[1]).toEqual({
      itemId: '638600123457',
      itemKind: 'm',
      title: null,
      dueDate: null,
      topicId: null,
    });
  });
});

describe('pages that are not lists', () => {
  it.each(['home', 'assignment', 'material'] as const)('%s → no items', (name) => expect(read(name)).toEqual([]));

  it('the home route finds nothing even on a page full of rows', () => {
    expect(readListItems(loadFixture('classwork'), route('home'), NOW)).toEqual([]);
  });
});

describe('never throws', () => {
  it('when the DOM throws', () => {
    const hostile = {
      querySelectorAll: () => {
        throw new Error('boom');
      },
    } as unknown as ParentNode;
    expect(readListItems(hostile, route('classwork'), NOW)).toEqual([]);
  });

  it('skips a row whose id is not numeric', () => {
    const document = loadFixture('classwork');
    document.querySelector('[data-stream-item-id="638600123463"]')?.setAttribute('data-stream-item-id', 'abc');
    expect(read('classwork', document).map((item) => item.itemId)).not.toContain('abc');
    expect(read('classwork', document)).toHaveLength(7);
  });
});
