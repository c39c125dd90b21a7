import type { Note } from '../schema/note';

// Builds the thank-you message the options page offers to copy: a person's Thank-you notes of a month,
// gathered into something the teacher can paste into an e-mail or a card. Pure (strings in, text out), so
// the wording is tested without a browser; `t` is passed in for the same reason.

type Translate = (key: string, substitutions?: string | string[]) => string;

export interface ThankYouInput {
  personName: string;
  notes: readonly Pick<Note, 'text' | 'createdAt'>[];
  /** 'YYYY-MM'. */
  month: string;
  /** The teacher, to sign the message; empty = no signature line. */
  myName: string;
  t: Translate;
  locale?: string;
}

/** "November 2026" (UTC on purpose: a YYYY-MM month has no time zone). */
function monthName(month: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/**
 * One line per note: a note typed over several lines reads as one bullet (the line breaks and the spaces
 * around them become one space; blank lines vanish). Split and trimmed rather than replacing the pattern
 * `\s*\n\s*`, which rescans a long run of spaces from each of its spaces when no line break follows (issue 11).
 */
export function bullet(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return `• ${lines.join(' ')}`;
}

/** The message, or '' when there is no note to thank for (the page shows an empty state instead). */
export function thankYouMessage(input: ThankYouInput): string {
  if (input.notes.length === 0) return '';
  const notes = [...input.notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const lines = [
    input.t('thanksGreeting', input.personName.trim()),
    '',
    input.t('thanksIntro', monthName(input.month, input.locale)),
    ...notes.map((note) => bullet(note.text)),
    '',
    input.t('thanksClosing'),
  ];
  const signature = input.myName.trim();
  if (signature) lines.push(signature);
  return lines.join('\n');
}
