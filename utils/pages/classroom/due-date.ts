import { type DueVocabulary, dueVocabulary, matchingForm, type Names, wordsOf } from './due-vocabulary';
import { DUE_LANGUAGES, type DueLanguage } from './due-words';

// Classroom's due line (details header and classwork rows, tests/fixtures/README.md A.5/A.6 [S]), in any language
// of ./due-words.ts: "Due Sep 19, 11:59 PM", "Due tomorrow", "Due Friday", "No due date"; "Fecha de entrega: 19
// sept, 23:59", "Fecha de entrega: mañana", "Sin fecha de entrega". Month and weekday names come from Intl
// (./due-vocabulary.ts), so either order ("Sep 19", "19 de septiembre") and any clock (11:59 PM, 23:59,
// 11:59 p. m.) reads. A line without a year gets the one that puts the date closest to today. A line whose
// date is not understood yields a null date, which callers treat as "could not read" rather than guessing.

/** What a due line says. `date` is YYYY-MM-DD, or null when the wording was not understood. */
export type DueLine = { kind: 'due'; date: string | null } | { kind: 'noDueDate' };

const DAY_MS = 86_400_000;
/** A due line is short; only its start is read, so long page text costs nothing (tests/unit/regex-linear.test.ts). */
const READ_AT_MOST = 200;

/** Is this text a due line in one of `languages` ("Due …", "No due date", "Fecha de entrega: …")? */
export function isDueLine(text: string, languages: readonly DueLanguage[] = DUE_LANGUAGES): boolean {
  const line = lineStart(text);
  return languages.some((language) => dueLineKind(line, dueVocabulary(language)) !== null);
}

/**
 * Reads one due line; null when the text is not a due line. `languages` are those the page may be in
 * (./due-words.ts `dueLanguagesFor`); each is tried in turn, and its opening phrase decides which one it is.
 */
export function parseDueLine(
  text: string,
  now: Date,
  languages: readonly DueLanguage[] = DUE_LANGUAGES,
): DueLine | null {
  const line = lineStart(text);
  for (const language of languages) {
    const vocabulary = dueVocabulary(language);
    const found = dueLineKind(line, vocabulary);
    if (found?.kind === 'noDueDate') return { kind: 'noDueDate' };
    if (found) return { kind: 'due', date: dueDate(line.slice(found.phrase.length), now, vocabulary) };
  }
  return null;
}

function lineStart(text: string): string {
  return matchingForm(text.replace(/\s+/g, ' ').trimStart().slice(0, READ_AT_MOST));
}

type LineKind = { kind: 'noDueDate' } | { kind: 'due'; phrase: string };

/** Whether the line says "no due date", opens with a due phrase (which one), or is no due line (null). */
function dueLineKind(line: string, vocabulary: DueVocabulary): LineKind | null {
  // "No due date" may end the text or be followed by anything but a letter.
  if (vocabulary.noDueDate.some((phrase) => line.startsWith(phrase) && !/\p{L}/u.test(line.charAt(phrase.length)))) {
    return { kind: 'noDueDate' };
  }
  // "Due" must be followed by a space or ":" and then something: "Due Sep 19", "Fecha de entrega: mañana".
  const phrase = vocabulary.due.find((due) => line.startsWith(due) && /^(?::\s?|\s)\S/.test(line.slice(due.length)));
  return phrase === undefined ? null : { kind: 'due', phrase };
}

/** YYYY-MM-DD from the words after the due phrase, or null. */
function dueDate(rest: string, now: Date, vocabulary: DueVocabulary): string | null {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const time = rest.search(/\d{1,2}:\d{2}/); // the clock ends the date, whatever follows (PM, p. m.)
  const tokens = wordsOf(time < 0 ? rest : rest.slice(0, time));

  for (const { words, days } of vocabulary.relative) {
    if (words.every((word, index) => tokens[index] === word)) return iso(today + days * DAY_MS);
  }

  let day: number | undefined;
  let year: number | undefined;
  const named: { month: number; weekday: number }[] = [];
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      if (token.length <= 2 && day === undefined) day = Number(token);
      else if (token.length === 4 && year === undefined) year = Number(token);
      else break;
    } else {
      const month = nameIndex(token, vocabulary.months);
      const weekday = nameIndex(token, vocabulary.weekdays);
      if (month >= 0 || weekday >= 0) named.push({ month, weekday });
      // Short words join a date's parts ("de" in "19 de septiembre", "at", the "p" and "m" of "p. m."); a longer
      // unknown word is not part of a date: read no further.
      else if (token.length > 3) break;
    }
  }

  if (day === undefined) {
    // "Due Friday" (Upcoming widgets): the next such day; today itself would read "Due today".
    const weekday = named.length === 1 && year === undefined ? (named[0]?.weekday ?? -1) : -1;
    if (weekday < 0) return null;
    const ahead = (weekday - now.getDay() + 7) % 7 || 7;
    return iso(today + ahead * DAY_MS);
  }
  const month = monthOf(named);
  if (month < 0) return null;
  if (year !== undefined) return validDate(year, month, day);
  return closestYear(now.getFullYear(), month, day, today);
}

/**
 * The month among the named words. A weekday may stand before the date ("vie, 19 sept"), and some short
 * names are both ("mar" is martes and marzo): when two words could be the month, the one that cannot be a
 * weekday is; when both could be either ("mar, 3 mar"), the later one, since a weekday comes first.
 */
function monthOf(named: readonly { month: number; weekday: number }[]): number {
  const months = named.filter(({ month }) => month >= 0);
  if (months.length <= 1) return months[0]?.month ?? -1;
  const onlyMonths = months.filter(({ weekday }) => weekday < 0);
  if (onlyMonths.length > 1) return -1;
  return (onlyMonths[0] ?? months.at(-1))?.month ?? -1;
}

/** Index of the one name `word` spells: the short name itself, or the start (3 letters or more) of a long one. */
function nameIndex(word: string, names: readonly Names[]): number {
  let found = -1;
  for (const [index, { long, short }] of names.entries()) {
    const spells = short === word || (word.length >= 3 && long.startsWith(word));
    if (!spells) continue;
    if (found >= 0) return -1; // two names start this way: not a name
    found = index;
  }
  return found;
}

function closestYear(year: number, month: number, day: number, today: number): string | null {
  let best: number | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    if (validDate(candidate, month, day) === null) continue; // Feb 29 outside leap years
    const time = Date.UTC(candidate, month, day);
    // On a tie the later date wins: a due line is more often about what is coming.
    if (best === null || Math.abs(time - today) <= Math.abs(best - today)) best = time;
  }
  return best === null ? null : iso(best);
}

function validDate(year: number, month: number, day: number): string | null {
  const time = Date.UTC(year, month, day);
  return new Date(time).getUTCDate() === day ? iso(time) : null;
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
