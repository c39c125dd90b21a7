/**
 * Teacher-typed, imported or page-read text as an .ics TEXT value may hold it (RFC 5545 §3.3.11 allows no
 * control character). The `ics` library escapes LF and CRLF but leaves a lone CR, which many readers take as
 * the end of a content line, so a title typed or imported as "…\rEND:VEVENT\rBEGIN:VEVENT\r…" would add
 * events of its own. Every line break becomes LF, which `ics` writes as `\n`; other control characters go.
 * Used by both .ics writers: a person's card (utils/cards/card-ics.ts) and a planning block
 * (utils/planning-time/ics.ts).
 */
export function icsText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * A name as an .ics parameter value (CN="…" of an organizer or guest). Parameter values have no escapes at
 * all (RFC 5545 §3.2): a line break would end the line and a double quote would end the value, so both
 * become harmless characters (a space, an apostrophe), and other control characters go.
 */
export function icsParam(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replaceAll('"', "'");
}
