import { DUE_WORDS, type DueLanguage } from './due-words';

// Everything needed to read a due line in one language, built once from the browser's Intl (month and
// weekday names, long and short, standalone and as written inside a date; "today"/"tomorrow"/"yesterday" from
// RelativeTimeFormat; the little words Intl writes between a date's parts, like "de" and "at") plus the
// language's due phrases from ./due-words.ts. All of it is in matching form (see `matchingForm`), so "Sept.",
// "sept" and "SEPT" are one word, and so are "miércoles" and "miercoles". An Intl without the language's
// data (a Node built with small-icu) gives English names instead; Spanish lines then read with no date.

export interface DueVocabulary {
  /** Opening phrases of a due line with a date. */
  due: readonly string[];
  /** Whole phrases meaning "no due date". */
  noDueDate: readonly string[];
  /** Per month (0 = January), every spelling Intl gives: long names and short ones. */
  months: readonly Names[];
  /** Per weekday (0 = Sunday, as Date.getDay()). */
  weekdays: readonly Names[];
  /** "today", "tomorrow", "yesterday" as words, with their offset in days. */
  relative: readonly { words: readonly string[]; days: number }[];
  /** Words Intl writes between a date's parts ("de", "at"): skipped when reading a date. */
  joiners: ReadonlySet<string>;
}

export interface Names {
  long: readonly string[];
  short: readonly string[];
}

/** Lower case, accents and other combining marks removed, whitespace collapsed: how lines and names are compared. */
export function matchingForm(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words and numbers of a text in matching form, punctuation dropped ("19 sept., 2026" → 19, sept, 2026). */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+|\d+/gu) ?? [];
}

const cache = new Map<DueLanguage, DueVocabulary>();

export function dueVocabulary(language: DueLanguage): DueVocabulary {
  let vocabulary = cache.get(language);
  if (!vocabulary) {
    vocabulary = buildVocabulary(language);
    cache.set(language, vocabulary);
  }
  return vocabulary;
}

// A fixed instant per month / weekday, read in UTC so the machine's time zone cannot shift the day.
const YEAR = 2026;
const monthDate = (month: number) => new Date(Date.UTC(YEAR, month, 15, 12));
const weekdayDate = (weekday: number) => new Date(Date.UTC(YEAR, 1, 1 + weekday, 12)); // 1 Feb 2026 was a Sunday

function buildVocabulary(language: DueLanguage): DueVocabulary {
  const words = DUE_WORDS[language];
  return {
    due: words.due.map(matchingForm),
    noDueDate: words.noDueDate.map(matchingForm),
    months: names(language, 12, monthDate, 'month', { day: 'numeric' }),
    weekdays: names(language, 7, weekdayDate, 'weekday', { day: 'numeric', month: 'long' }),
    relative: relativeDays(language),
    joiners: joiners(language),
  };
}

/** Long and short names, standalone ("septiembre") and as written in a date (some languages inflect there). */
function names(
  locale: string,
  count: number,
  dateOf: (index: number) => Date,
  part: 'month' | 'weekday',
  context: Intl.DateTimeFormatOptions,
): Names[] {
  const formats = (width: 'long' | 'short') => [
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', [part]: width }),
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...context, [part]: width }),
  ];
  const spell = (formatters: Intl.DateTimeFormat[], date: Date) => [
    ...new Set(
      formatters.flatMap((formatter) =>
        formatter
          .formatToParts(date)
          .filter((piece) => piece.type === part)
          .map((piece) => wordsOf(matchingForm(piece.value)).join(' ')),
      ),
    ),
  ];
  const long = formats('long');
  const short = formats('short');
  return Array.from({ length: count }, (_, index) => ({
    long: spell(long, dateOf(index)),
    short: spell(short, dateOf(index)),
  }));
}

/** Yesterday, today and tomorrow as RelativeTimeFormat words them with numeric: 'auto' ("ayer", "hoy", "mañana"). */
function relativeDays(locale: string): DueVocabulary['relative'] {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return [-1, 0, 1]
    .map((days) => ({ words: wordsOf(matchingForm(format.format(days, 'day'))), days }))
    .filter(({ words }) => words.length > 0 && !words.some((word) => /\d/.test(word))); // "in 1 day": no word
}

/** The words between a full date's parts in Intl's own long forms: "de" in Spanish, "at" in English. */
function joiners(locale: string): ReadonlySet<string> {
  const date = new Date(Date.UTC(YEAR, 8, 19, 21, 59));
  const styles: Intl.DateTimeFormatOptions[] = [
    { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' },
    { dateStyle: 'long', timeZone: 'UTC' },
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  ];
  const found = new Set<string>();
  for (const style of styles) {
    for (const piece of new Intl.DateTimeFormat(locale, style).formatToParts(date)) {
      if (piece.type === 'literal') for (const word of wordsOf(matchingForm(piece.value))) found.add(word);
    }
  }
  return found;
}
