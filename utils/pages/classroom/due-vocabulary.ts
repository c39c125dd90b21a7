import { DUE_WORDS, type DueLanguage } from './due-words';

// Everything needed to read a due line in one language, built once from the browser's Intl (month and
// weekday names, long and short; "today"/"tomorrow"/"yesterday" from RelativeTimeFormat) plus the language's
// due phrases from ./due-words.ts. All of it is in matching form (see `matchingForm`), so "Sept.", "sept" and
// "SEPT" are one word, and so are "miércoles" and "miercoles". Names are Intl's standalone forms, which are
// also the in-date forms in English and Spanish (a language that inflects a month inside a date would add
// `formatToParts` of a whole date here). An Intl without the language's data (a Node built with small-icu)
// gives English names instead; Spanish lines then read with no date.

export interface DueVocabulary {
  /** Opening phrases of a due line with a date. */
  due: readonly string[];
  /** Whole phrases meaning "no due date". */
  noDueDate: readonly string[];
  /** Per month (0 = January): its long and short name. */
  months: readonly Names[];
  /** Per weekday (0 = Sunday, as Date.getDay()). */
  weekdays: readonly Names[];
  /** "yesterday", "today", "tomorrow" as words, with their offset in days. */
  relative: readonly { words: readonly string[]; days: number }[];
}

export interface Names {
  long: string;
  short: string;
}

/** Lower case, accents and other combining marks removed, whitespace collapsed: how lines and names are compared. */
export function matchingForm(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words and numbers of a text, punctuation dropped ("19 sept., 2026" → 19, sept, 2026). */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+|\d+/gu) ?? [];
}

const cache = new Map<DueLanguage, DueVocabulary>();

export function dueVocabulary(language: DueLanguage): DueVocabulary {
  let vocabulary = cache.get(language);
  if (!vocabulary) {
    const words = DUE_WORDS[language];
    // Fixed instants read in UTC, so the machine's time zone cannot shift the day; 1 Feb 2026 was a Sunday.
    vocabulary = {
      due: words.due.map(matchingForm),
      noDueDate: words.noDueDate.map(matchingForm),
      months: names(language, 'month', 12, (index) => Date.UTC(2026, index, 15)),
      weekdays: names(language, 'weekday', 7, (index) => Date.UTC(2026, 1, 1 + index)),
      relative: relativeDays(language),
    };
    cache.set(language, vocabulary);
  }
  return vocabulary;
}

function names(locale: string, part: 'month' | 'weekday', count: number, time: (index: number) => number): Names[] {
  const [long, short] = (['long', 'short'] as const).map(
    (width) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', [part]: width }),
  );
  const spell = (format: Intl.DateTimeFormat | undefined, index: number) =>
    wordsOf(matchingForm(format?.format(time(index)) ?? '')).join(' ');
  return Array.from({ length: count }, (_, index) => ({ long: spell(long, index), short: spell(short, index) }));
}

/** Yesterday, today and tomorrow as RelativeTimeFormat words them with numeric: 'auto' ("ayer", "hoy", "mañana"). */
function relativeDays(locale: string): DueVocabulary['relative'] {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return [-1, 0, 1]
    .map((days) => ({ words: wordsOf(matchingForm(format.format(days, 'day'))), days }))
    .filter(({ words }) => words.length > 0 && !words.some((word) => /\d/.test(word))); // "in 1 day" is no word
}
