import type { Card } from './card';
import { cardTextLines } from './card-text';
import { cardWords } from './words';

// The card as a mailto: link (RFC 6068), which opens the teacher's own mail program addressed to the adult,
// with no permission and no network. Browsers and mail programs cut long mailto URLs (some near 2,000
// characters), and a cut in the middle of a %-escape breaks the whole link, so the body is cut here at a line
// boundary and ends with a line that says where the full card is.

/** Kept under the ~2,000 characters the most limited clients accept. */
export const MAILTO_MAX_LENGTH = 1900;

/** RFC 6068 §2: line breaks in a body are CRLF, written %0D%0A. */
const CRLF = '\r\n';

/** The address with each side %-encoded, keeping the one `@` literal as RFC 6068's `to` expects. */
function encodeAddress(email: string): string {
  const address = email.toWellFormed();
  const at = address.lastIndexOf('@');
  if (at < 0) return encodeURIComponent(address);
  return `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
}

/**
 * encodeURIComponent, then `,` `:` `;` `@` written as themselves: RFC 6068 §2 allows them in a header value
 * (`some-delims`), and every one left as is saves two characters of the ~1,900 a link may have. The text is
 * made well-formed first: encodeURIComponent throws on half an emoji (a title cut by code units, an imported
 * file), and the card page builds this link while it renders.
 */
function encodeValue(text: string): string {
  return encodeURIComponent(text.toWellFormed()).replace(/%(2C|3A|3B|40)/g, (_escape, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

function link(to: string, subject: string, lines: readonly string[]): string {
  // A subject is one header line: a line break in a name (an imported file can hold one) becomes a space.
  const oneLine = subject.replace(/[\r\n]+/g, ' ');
  return `mailto:${to}?subject=${encodeValue(oneLine)}&body=${encodeValue(lines.join(CRLF))}`;
}

export function cardMailto(card: Card, maxLength = MAILTO_MAX_LENGTH): string {
  const to = card.personEmail ? encodeAddress(card.personEmail.trim()) : '';
  const lines = cardTextLines(card, Number.POSITIVE_INFINITY);
  const whole = link(to, card.title, lines);
  if (whole.length <= maxLength) return whole;
  const cut = cardWords(card.language).mailtoCut;
  // Keep as many whole lines as fit with the closing line; drop a trailing blank line before it.
  let kept = lines.length;
  while (kept > 0 && link(to, card.title, [...lines.slice(0, kept), cut]).length > maxLength) kept--;
  while (kept > 0 && lines[kept - 1]?.trim() === '') kept--;
  return link(to, card.title, [...lines.slice(0, kept), cut]);
}
