import { COMMON_CAPITALISED, HONORIFICS } from './common-capitals';
import { diagnosisWords } from './diagnoses';

// The privacy guard on quick notes. Tandem keeps no student names (.github/CONTRIBUTING.md "Non-goals"): a note that
// looks like it holds a student's full name or a diagnosis gets a gentle suggestion to use initials. It
// is a heuristic that never blocks saving, so it leans towards staying quiet: a false alarm on every
// note would teach teachers to ignore it.

export interface PrivacyWarnings {
  /** Runs of two or more capitalised words that look like someone's full name, as written. */
  names: string[];
  /** Diagnosis words, as written. */
  diagnoses: string[];
}

export interface PrivacyOptions {
  /**
   * Other proper phrases the teacher did not make up, such as the title of the linked lesson ("Lab
   * Report: Density of Liquids"); their words count as known, like the names of people in Tandem.
   */
  knownPhrases?: readonly string[];
}

/**
 * Possible full names and diagnosis words in a note. A full name is two or more capitalised words in a
 * row (on one line, with no punctuation between them) that are not a person in Tandem (any part of a
 * known name, any case), not a common capitalised word (weekdays, subjects, "Google Classroom", "The"),
 * and not an adult's title and surname ("Ms Rivera"). Initials ("J.S.") and all-capital words never count.
 */
export function privacyWarnings(
  text: string,
  knownPeopleNames: readonly string[],
  options: PrivacyOptions = {},
): PrivacyWarnings {
  const known = new Set([...knownPeopleNames, ...(options.knownPhrases ?? [])].flatMap(lowerWords));
  return { names: fullNames(text, known), diagnoses: diagnosisWords(text) };
}

/** Whether the school's "initials only" rule (utils/school-policy/policy.ts) stops this note from being saved. */
export function stoppedByInitialsRule(
  initialsOnly: boolean,
  text: string,
  knownPeopleNames: readonly string[],
  options: PrivacyOptions = {},
): boolean {
  if (!initialsOnly) return false;
  const { names, diagnoses } = privacyWarnings(text, knownPeopleNames, options);
  return names.length > 0 || diagnoses.length > 0;
}

function lowerWords(phrase: string): string[] {
  return phrase
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u)
    .map(trimWord)
    .filter(Boolean);
}

/** Drops a possessive and stray hyphens or apostrophes: "Smith's" → "Smith". */
export function trimWord(word: string): string {
  const last = word.length - 1;
  const possessive = last >= 1 && ESSES.has(word.charAt(last)) && APOSTROPHES.has(word.charAt(last - 1));
  return trimMarks(possessive ? word.slice(0, -2) : word);
}

/** An "s", as `/s/iu` matches it (ſ is the long s). Compared by hand: a pattern per word was the privacy check's main cost. */
const ESSES = new Set(['s', 'S', 'ſ']);
const APOSTROPHES = new Set(["'", '’']);

/** Apostrophes and hyphens a word may start or end with, but never consists of. */
const EDGE_MARKS = new Set(["'", '’', '-']);

/**
 * `word` without the apostrophes and hyphens at either end. A loop, not `/^['’-]+|['’-]+$/g`: that pattern
 * retries the run from each of its marks when a letter follows it, so a note holding one long "x---…---x"
 * word took seconds (issue 11).
 */
function trimMarks(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_MARKS.has(word.charAt(start))) start++;
  while (end > start && EDGE_MARKS.has(word.charAt(end - 1))) end--;
  return word.slice(start, end);
}

/** A word written with a capital and at least one lower-case letter: "Jayden", "McKay", not "IEP" or "J". */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

function fullNames(text: string, known: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  // A title's dot ("Mr. Lee") would split the title from the surname it protects: drop it first.
  const undotted = text.replace(/(?<!\p{L})(Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Sra|Srta)\./gu, '$1');
  // Punctuation, digits and line breaks separate names; only spaces and tabs join the words of one.
  for (const segment of undotted.split(/[^\p{L}\p{M}'’\- \t]+/u)) {
    let run: string[] = [];
    const endRun = () => {
      if (run.length >= 2) names.add(run.join(' '));
      run = [];
    };
    // A dash standing alone ("Monday - Jayden") trims to nothing and separates like punctuation.
    const words = segment.split(/[ \t]+/).map(trimWord);
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      const lower = word.toLocaleLowerCase();
      if (HONORIFICS.has(lower)) {
        // "Ms Rivera": the title and the surname after it name an adult colleague.
        endRun();
        i++;
        continue;
      }
      if (word && isCapitalised(word) && !COMMON_CAPITALISED.has(lower) && !known.has(lower)) run.push(word);
      else endRun();
    }
    endRun();
  }
  return [...names];
}
