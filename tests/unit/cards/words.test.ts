import { describe, expect, it } from 'vitest';
import { type CardWords, cardWords, fill } from '../../../utils/cards/words';
import { en } from '../../../utils/cards/words/en';
import { es } from '../../../utils/cards/words/es';
import { CARD_LANGUAGES, MODEL_IDS, PHASE_IDS, ROLE_IDS } from '../../../utils/vocabulary';

// Both dictionaries must say everything, with the same placeholders: a missing key would print "undefined" on a
// paraprofessional's card, a missing {placeholder} would drop the station number.

/** Every word of a dictionary by its path: "models.stations", "labels.prepare", "timeNotSet", … */
function flatten(words: object, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(words).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).sort();

const DICTIONARIES: Record<string, CardWords> = { en, es };

describe('card words', () => {
  const english = flatten(en);
  const spanish = flatten(es);

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries({ ...english, ...spanish })) expect(text.trim(), key).not.toBe('');
  });

  it.each(Object.keys(english))('%s has the same placeholders in Spanish', (key) => {
    expect(placeholders(spanish[key] ?? '')).toEqual(placeholders(english[key] ?? ''));
  });

  it.each(Object.entries(DICTIONARIES))('%s names every model, role and phase', (_language, words) => {
    expect(Object.keys(words.models).sort()).toEqual([...MODEL_IDS].sort());
    expect(Object.keys(words.teacherDoes).sort()).toEqual([...MODEL_IDS].sort());
    expect(Object.keys(words.roles).sort()).toEqual([...ROLE_IDS].sort());
    expect(Object.keys(words.phases).sort()).toEqual([...PHASE_IDS].sort());
  });

  it('has a dictionary for every card language, in a locale Intl knows', () => {
    for (const language of CARD_LANGUAGES) {
      const { locale } = cardWords(language);
      expect(Intl.DateTimeFormat.supportedLocalesOf([locale])).toEqual([locale]);
    }
    expect(cardWords('es').models.stations).toBe('Enseñanza por estaciones');
  });

  it.each([
    ['Leads station {number}', { number: 2 }, 'Leads station 2'],
    [
      '{what} — before {weekday} {time}',
      { what: 'cups {x}', weekday: 'Tuesday', time: '9:00' },
      'cups {x} — before Tuesday 9:00',
    ],
    ['{missing} stays', {}, '{missing} stays'],
  ])('fill(%j)', (template, values, expected) => {
    expect(fill(template, values)).toBe(expected);
  });
});
