import { describe, expect, it } from 'vitest';
import { isDueLine, parseDueLine } from '../../../../utils/pages/classroom/due-date';
import { dueVocabulary } from '../../../../utils/pages/classroom/due-vocabulary';
import { DUE_LANGUAGES, dueLanguagesFor } from '../../../../utils/pages/classroom/due-words';

// Due lines in every language Tandem reads (utils/pages/classroom/due-words.ts), with month and weekday names
// from Intl. English's own cases are in due-date.test.ts; here each wording is given in both languages, so a
// language that reads worse than English shows as a failing row.

const TUESDAY_SEP_16_2025 = new Date(2025, 8, 16, 10, 30);

const dateOf = (text: string, languages = DUE_LANGUAGES, now = TUESDAY_SEP_16_2025) => {
  const line = parseDueLine(text, now, languages);
  return line?.kind === 'due' ? line.date : line;
};

describe('parseDueLine in English and Spanish', () => {
  it.each([
    // date with a short month, either order, with or without a time
    ['Due Sep 19, 11:59 PM', 'Fecha de entrega: 19 sept, 23:59', '2025-09-19'],
    ['Due Sep 19', 'Fecha de entrega: 19 sept', '2025-09-19'],
    ['Due Sept. 19', 'Fecha de entrega: 19 sep.', '2025-09-19'],
    ['Due Jan 5, 8:00 AM', 'Fecha de entrega: 5 ene, 8:00', '2026-01-05'],
    ['Due Aug 29', 'Fecha de entrega: 29 ago', '2025-08-29'],
    ['Due Dec 1', 'Fecha de entrega: 1 dic', '2025-12-01'],
    // 12-hour clocks as Spanish writes them
    ['Due Sep 19, 11:59\u202fPM', 'Fecha de entrega: 19 sept, 11:59\u202fp.\u00a0m.', '2025-09-19'],
    ['Due Sep 22, 9:00 AM', 'Fecha de entrega: 22 sept, 9:00 a. m.', '2025-09-22'],
    // long month, explicit year
    ['Due September 19, 2026', 'Fecha de entrega: 19 de septiembre de 2026', '2026-09-19'],
    ['Due September 19, 2026, 11:59 PM', 'Fecha de entrega: 19 de septiembre de 2026, 23:59', '2026-09-19'],
    // relative days (from Intl.RelativeTimeFormat)
    ['Due today', 'Fecha de entrega: hoy', '2025-09-16'],
    ['Due tomorrow, 8:00 AM', 'Fecha de entrega: mañana, 8:00', '2025-09-17'],
    ['Due yesterday', 'Fecha de entrega: ayer', '2025-09-15'],
    // weekdays: the next such day
    ['Due Friday', 'Fecha de entrega: viernes', '2025-09-19'],
    ['Due Fri', 'Fecha de entrega: vie', '2025-09-19'],
    ['Due Wednesday', 'Fecha de entrega: miércoles', '2025-09-17'],
    ['Due Tuesday', 'Fecha de entrega: martes', '2025-09-23'],
    // a weekday before the date, and "mar" that is both martes and marzo
    ['Due Fri, Sep 19', 'Fecha de entrega: vie, 19 sept', '2025-09-19'],
    ['Due Tue, Mar 3', 'Fecha de entrega: mar, 3 mar', '2026-03-03'],
    ['Due Mar 3', 'Fecha de entrega: 3 mar', '2026-03-03'],
    // missing accents, upper case, the other Spanish wording
    ['DUE SEP 19', 'FECHA DE ENTREGA: 19 SEPT', '2025-09-19'],
    ['due tomorrow', 'fecha de entrega: manana', '2025-09-17'],
    ['Due Wednesday', 'Fecha de entrega: miercoles', '2025-09-17'],
    ['Due Saturday', 'Fecha límite: sábado', '2025-09-20'],
    ['Due Sep 19', 'Fecha limite: 19 sept', '2025-09-19'],
  ])('%s | %s → %s', (english, spanish, expected) => {
    expect(dateOf(english)).toBe(expected);
    expect(dateOf(spanish)).toBe(expected);
    expect(dateOf(english, ['en'])).toBe(expected);
    expect(dateOf(spanish, ['es'])).toBe(expected);
  });

  it.each([
    ['No due date', 'Sin fecha de entrega'],
    ['NO DUE DATE', 'SIN FECHA DE ENTREGA'],
    ['No due date', 'Sin fecha límite'],
  ])('%s | %s: a due line without a date', (english, spanish) => {
    expect(parseDueLine(english, TUESDAY_SEP_16_2025)).toEqual({ kind: 'noDueDate' });
    expect(parseDueLine(spanish, TUESDAY_SEP_16_2025)).toEqual({ kind: 'noDueDate' });
    expect(isDueLine(spanish)).toBe(true);
  });

  it('keeps the closest-year rule in Spanish', () => {
    expect(dateOf('Fecha de entrega: 5 ene', DUE_LANGUAGES, new Date(2025, 11, 20))).toBe('2026-01-05');
    expect(dateOf('Fecha de entrega: 20 dic, 23:59', DUE_LANGUAGES, new Date(2026, 0, 3))).toBe('2025-12-20');
  });

  it.each([
    'Fecha de entrega: 31 sept', // no such day
    'Fecha de entrega: 3 smarzo',
    'Fecha de entrega: septiembre', // a month without a day
    'Fecha de entrega: 19', // a day without a month
    'Due 19', // English too
  ])('%s is a due line it cannot read: null date', (text) => {
    expect(parseDueLine(text, TUESDAY_SEP_16_2025)).toEqual({ kind: 'due', date: null });
  });

  it.each([
    'Publicado: 12 sept',
    'Editado: 29 ago',
    'Fecha de publicación: 12 sept',
    'Fecha de entrega', // the form's label alone, no date
    'Fecha de entregas: 19 sept',
    'Sin fecha de entregarlo',
    'Laboratorio • 100 puntos',
  ])('%s is not a due line', (text) => {
    expect(parseDueLine(text, TUESDAY_SEP_16_2025)).toBeNull();
    expect(isDueLine(text)).toBe(false);
  });

  it('reads only the languages it is given: a page in English does not read Spanish lines', () => {
    expect(parseDueLine('Fecha de entrega: 19 sept', TUESDAY_SEP_16_2025, ['en'])).toBeNull();
    expect(parseDueLine('Due Sep 19', TUESDAY_SEP_16_2025, ['es'])).toBeNull();
    expect(isDueLine('Sin fecha de entrega', ['en'])).toBe(false);
  });
});

describe('dueLanguagesFor (<html lang>)', () => {
  it.each([
    ['es', ['es']],
    ['es-419', ['es']],
    ['ES_mx', ['es']],
    ['en-GB', ['en']],
    ['de', DUE_LANGUAGES],
    ['', DUE_LANGUAGES],
    [null, DUE_LANGUAGES],
  ])('%s → %j', (lang, expected) => expect(dueLanguagesFor(lang)).toEqual(expected));
});

describe('the Spanish vocabulary comes from Intl', () => {
  const spanish = dueVocabulary('es');

  it('months and weekdays, long and short, in matching form', () => {
    expect(spanish.months[8]?.long).toBe('septiembre');
    expect(spanish.months[0]?.short).toBe('ene');
    expect(spanish.weekdays[3]?.long).toBe('miercoles');
    expect(spanish.weekdays[5]?.short).toBe('vie');
  });

  it('yesterday, today and tomorrow', () => {
    expect(spanish.relative).toEqual([
      { words: ['ayer'], days: -1 },
      { words: ['hoy'], days: 0 },
      { words: ['manana'], days: 1 },
    ]);
  });
});
