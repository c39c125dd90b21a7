import { describe, expect, it } from 'vitest';
import { describePage } from '../../../../utils/pages/classroom/describe';
import { readListDueDates } from '../../../../utils/pages/classroom/list-due-dates';
import { readDetails } from '../../../../utils/pages/classroom/read-details';
import { readListItems } from '../../../../utils/pages/classroom/read-list';
import { FIXTURE_URLS, fixtureRoute, loadFixture, loadSpanishFixture } from './fixtures';

// A Classroom in Spanish (tests/fixtures/es) must give Tandem what the English one gives: the same lessons,
// kinds, topics and due dates, so the class summary's "next two weeks" and the planning agenda work there too.
// Only the page's own words differ (titles are the teacher's, translated in the fixtures).

const NOW = new Date(2025, 8, 16, 9, 0); // Tue Sep 16 2025, local

const withoutText = (items: ReturnType<typeof readListItems>) =>
  items.map(({ itemId, itemKind, dueDate, topicId }) => ({ itemId, itemKind, dueDate, topicId }));

describe('Spanish Classroom fixtures read like the English ones', () => {
  for (const name of ['classwork', 'stream'] as const) {
    it(`${name}: the same lessons, kinds, topics and due dates, with titles`, () => {
      const spanish = readListItems(loadSpanishFixture(name), fixtureRoute(name), NOW);
      const english = readListItems(loadFixture(name), fixtureRoute(name), NOW);
      expect(spanish.length).toBeGreaterThan(1);
      expect(withoutText(spanish)).toEqual(withoutText(english));
      for (const item of spanish) expect(item.title).not.toBeNull();
    });

    it(`${name}: the class summary's reader gives the same due dates`, () => {
      const spanish = readListDueDates(loadSpanishFixture(name), fixtureRoute(name), NOW);
      expect(spanish).toEqual(readListDueDates(loadFixture(name), fixtureRoute(name), NOW));
    });
  }

  it('classwork: every kind of due line reads (24-hour, "p. m.", "Sin fecha de entrega", "Publicado")', () => {
    const dates = readListDueDates(loadSpanishFixture('classwork'), fixtureRoute('classwork'), NOW);
    expect(dates).toEqual([
      { itemId: '638600123463', dueDate: null }, // Editado: 29 ago
      { itemId: '638600123456', dueDate: '2025-09-19' }, // 19 sept, 23:59
      { itemId: '638600123459', dueDate: '2025-09-22' }, // 22 sept, 11:59 p. m.
      { itemId: '638600123458', dueDate: '2025-09-16' }, // 16 sept, 15:00
      { itemId: '638600123460', dueDate: null }, // Sin fecha de entrega
      { itemId: '638600123457', dueDate: null }, // Publicado: 12 sept
      { itemId: '638600123462', dueDate: '2025-09-05' },
      { itemId: '638600123461', dueDate: null },
    ]);
  });

  it('stream: the title is what follows the first ": " of the Spanish stub label', () => {
    const [assignment] = readListItems(loadSpanishFixture('stream'), fixtureRoute('stream'), NOW);
    expect(assignment?.title).toBe('Informe de laboratorio: densidad de los líquidos');
  });

  it('assignment details: title, course and due date, nothing missing', () => {
    const route = fixtureRoute('assignment');
    if (route.kind !== 'details') throw new Error('not a details route');
    expect(readDetails(loadSpanishFixture('assignment'), route, NOW)).toEqual({
      title: 'Informe de laboratorio: densidad de los líquidos',
      courseName: 'Ciencias, 7.º grado',
      dueDate: '2025-09-19',
      dueText: 'Fecha de entrega: 19 sept, 23:59',
      missing: [],
    });
    expect(readDetails(loadFixture('assignment'), route, NOW).dueDate).toBe('2025-09-19');
  });

  it('the note link of a Spanish lesson carries its Spanish title', () => {
    const untitled = { lesson: 'Lección', class: 'Clase' };
    expect(describePage(FIXTURE_URLS.assignment, loadSpanishFixture('assignment'), NOW, untitled)).toMatchObject({
      title: 'Informe de laboratorio: densidad de los líquidos',
      courseName: 'Ciencias, 7.º grado',
    });
  });

  it('reads due lines in the language <html lang> names: the same page marked English reads no Spanish dates', () => {
    const document = loadSpanishFixture('classwork');
    document.documentElement.lang = 'en';
    const dates = readListDueDates(document, fixtureRoute('classwork'), NOW);
    expect(dates.every(({ dueDate }) => dueDate === null)).toBe(true);
    document.documentElement.removeAttribute('lang'); // unknown: every language is tried
    expect(readListDueDates(document, fixtureRoute('classwork'), NOW)[1]?.dueDate).toBe('2025-09-19');
  });
});
