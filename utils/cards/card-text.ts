import type { Card, CardStop } from './card';

// A card as plain text, for e-mail or chat: it must read well in a plain-text mail client, so there is no
// markup and no tab (clients show tabs at different widths), only spaces; long lines wrap at word boundaries
// near 78 characters (RFC 5322's recommended line length), continuation lines indented under their line.

const WIDTH = 78;
const STOP_INDENT = '  ';
const LINE_INDENT = '    ';

/** Words of `text` wrapped to `width` columns, the first line after `first`, the others after `rest`. */
export function wrap(text: string, first: string, rest: string, width = WIDTH): string[] {
  const out: string[] = [];
  // A lone CR is a line break too (imported text can hold one): never left inside a line of the text or mail.
  for (const paragraph of text.split(/\r\n?|\n/)) {
    let line = out.length === 0 ? first : rest;
    let empty = true;
    for (const word of paragraph.split(' ')) {
      if (!word) continue;
      if (!empty && line.length + 1 + word.length > width) {
        out.push(line);
        line = rest + word;
      } else {
        line += empty ? word : ` ${word}`;
      }
      empty = false;
    }
    if (!empty) out.push(line);
  }
  return out;
}

function stopText(stop: CardStop, width: number): string[] {
  return [
    ...wrap(stop.headline, STOP_INDENT, `${STOP_INDENT}  `, width),
    ...stop.lines.flatMap((line) => wrap(`${line.label}: ${line.text}`, LINE_INDENT, `${LINE_INDENT}  `, width)),
  ];
}

/**
 * The card's text lines, without line ends (the mailto body joins them with CRLF, the clipboard with LF).
 * `width` Infinity leaves lines unwrapped: the mailto body does so, since the mail program wraps what it sends
 * and every line break costs a mailto link 6 of its characters and the indent 3 a space.
 */
export function cardTextLines(card: Card, width = WIDTH): string[] {
  const lines = [card.title];
  for (const day of card.days) {
    lines.push('', day.heading);
    if (day.stops.length === 0) lines.push(`${STOP_INDENT}${card.emptyDayText}`);
    day.stops.forEach((stop, index) => {
      if (index > 0) lines.push('');
      lines.push(...stopText(stop, width));
    });
  }
  return lines;
}

export function cardText(card: Card): string {
  return `${cardTextLines(card).join('\n')}\n`;
}
