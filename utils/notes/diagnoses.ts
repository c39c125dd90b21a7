// Words that name a diagnosis, a disability category or a special-education status. A note that pairs one
// with a student is health or education-record information that should not sit in a browser extension's
// notes (.github/CONTRIBUTING.md "Non-goals": Tandem is not an IEP system), so the privacy guard mentions it. Matched
// as whole words.

/** Matched case-insensitively. Regex fragments: `\s+` between words, optional possessive `'s`. */
const ANY_CASE = [
  'autism',
  'autistic',
  "asperger(?:[’']?s)?",
  'adhd',
  'dyslexia',
  'dyslexic',
  'dyscalculia',
  'dysgraphia',
  'dyspraxia',
  'iep',
  'ieps',
  '504\\s+plan',
  'oppositional\\s+defiant(?:\\s+disorder)?',
  'anxiety\\s+disorder',
  'generali[sz]ed\\s+anxiety',
  'panic\\s+disorder',
  'depression',
  'bipolar',
  'epilepsy',
  'epileptic',
  'seizure\\s+disorder',
  'diabetes',
  'diabetic',
  "down[’']?s?\\s+syndrome",
  'cerebral\\s+palsy',
  'ptsd',
  'ocd',
  "tourette(?:[’']?s)?",
  'schizophrenia',
  'fetal\\s+alcohol(?:\\s+syndrome)?',
  'fasd',
  'sensory\\s+processing\\s+disorder',
  'auditory\\s+processing\\s+disorder',
  'intellectual\\s+disability',
  'learning\\s+disability',
  'emotional\\s+disturbance',
  'traumatic\\s+brain\\s+injury',
  'eating\\s+disorder',
  'anorexia',
  'bulimia',
  'conduct\\s+disorder',
];

/**
 * Matched in capitals only: in lower case they are everyday words ("add the numbers", "an odd number").
 * ASD is kept here too ("asd" is a common typo).
 */
const CAPITALS_ONLY = ['ADD', 'ODD', 'ASD', 'EBD', 'TBI'];

/** Not a diagnosis: the history topic. */
const NOT_DIAGNOSES = /\bgreat\s+depression\b/giu;

const edge = (body: string) => String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`;
const anyCase = new RegExp(edge(ANY_CASE.join('|')), 'giu');
const capitalsOnly = new RegExp(edge(CAPITALS_ONLY.join('|')), 'gu');

/** The diagnosis words in `text`, as written, each once (case-insensitively), in order of appearance. */
export function diagnosisWords(text: string): string[] {
  const cleaned = text.replace(NOT_DIAGNOSES, (phrase) => ' '.repeat(phrase.length));
  const found = [...cleaned.matchAll(anyCase), ...cleaned.matchAll(capitalsOnly)]
    .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    .map((match) => match[0].replace(/\s+/g, ' '));
  const seen = new Set<string>();
  return found.filter((word) => {
    const key = word.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
