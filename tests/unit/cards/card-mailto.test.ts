import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../utils/cards/build-card';
import type { Card } from '../../../utils/cards/card';
import { cardMailto, MAILTO_MAX_LENGTH } from '../../../utils/cards/card-mailto';
import { cardText, cardTextLines } from '../../../utils/cards/card-text';
import { DENSITY_LAB, input, MARCUS, PEOPLE, ROSA, UNIT_RATES } from './week';

function parts(url: string): { to: string; subject: string; body: string } {
  const match = /^mailto:([^?]*)\?subject=([^&]*)&body=(.*)$/.exec(url);
  if (!match) throw new Error(`not a mailto with subject and body: ${url.slice(0, 80)}`);
  return {
    to: decodeURIComponent(match[1] ?? ''),
    subject: decodeURIComponent(match[2] ?? ''),
    body: decodeURIComponent(match[3] ?? ''),
  };
}

/** Marcus's week with the station lab taught every day: about four times what fits in a mailto link. */
function longWeek(language: 'en' | 'es'): Card {
  const everyDay = { ...DENSITY_LAB, taughtOn: ['2025-09-15', '2025-09-16', '2025-09-17', '2025-09-18', '2025-09-19'] };
  return buildCard(input({ range: 'week', plans: [everyDay], language }));
}

describe('cardMailto', () => {
  it('is addressed to the person, with the title as subject and the unwrapped text as body in CRLF lines', () => {
    const card = buildCard(input());
    const url = cardMailto(card);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(url.startsWith('mailto:marcus@lincoln-ms.example?subject=Marcus%20Lee%20%E2%80%94%20Tuesday')).toBe(true);
    expect(url).toContain('%0D%0A');
    expect(url).not.toMatch(/[\s\n]/);
    const { to, subject, body } = parts(url);
    expect(to).toBe(MARCUS.email);
    expect(subject).toBe(card.title);
    expect(`${body}\r\n`).toBe(`${cardTextLines(card, Number.POSITIVE_INFINITY).join('\r\n')}\r\n`);
    expect(body).toContain(
      '\r\n  9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15 min × 3 groups\r\n',
    );
    expect(body).toContain('\r\n  Time not set · Grade 7 ELA — Small-group instruction\r\n');
  });

  it('escapes what would end the subject or body, and keeps the delimiters RFC 6068 allows', () => {
    const typed = 'Q&A: 5% of #1 + 2 = ?; ask @front, then "wait"';
    const people = PEOPLE.map((person) => (person.id === ROSA.id ? { ...person, name: 'Rosa & Co' } : person));
    const withTyped = input({ personId: ROSA.id, people, plans: [{ ...UNIT_RATES, behaviourSupport: typed }] });
    const url = cardMailto(buildCard(withTyped));
    const [, query = ''] = url.split('?');
    expect(query.split('&').map((pair) => pair.split('=')[0])).toEqual(['subject', 'body']);
    expect(url).not.toMatch(/[#"\s]/);
    expect(url).toContain('Q%26A:%205%25%20of%20%231%20%2B%202%20%3D%20%3F;%20ask%20@front,%20then%20%22wait%22');
    expect(parts(url).subject).toBe('Rosa & Co — Tuesday, September 16');
    expect(parts(url).body).toContain(`Behaviour support: ${typed}`);
  });

  it.each([
    ['no e-mail known', undefined, 'mailto:?subject='],
    ['characters that must be escaped', 'rosa+cards@lincoln-ms.example', 'mailto:rosa%2Bcards@lincoln-ms.example?'],
  ])('the address: %s', (_name, email, start) => {
    const people = PEOPLE.map((person) => (person.id === ROSA.id ? { ...person, email } : person));
    expect(cardMailto(buildCard(input({ personId: ROSA.id, people }))).startsWith(start)).toBe(true);
  });

  it.each([
    ['en', '… (full card: use Copy as text)'],
    ['es', '… (tarjeta completa: «Copy as text» en Tandem)'],
  ] as const)('a long %s card is cut at a line, under the limit, with a closing line', (language, closing) => {
    const card = longWeek(language);
    expect(encodeURIComponent(cardText(card)).length).toBeGreaterThan(3 * MAILTO_MAX_LENGTH);
    const url = cardMailto(card);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    expect(url.length).toBeGreaterThan(MAILTO_MAX_LENGTH - 200);
    const bodyLines = parts(url).body.split('\r\n');
    expect(bodyLines.at(-1)).toBe(closing);
    const kept = bodyLines.slice(0, -1);
    // Whole lines of the card's text, from its start, with no blank line before the closing one.
    expect(cardTextLines(card, Number.POSITIVE_INFINITY).slice(0, kept.length)).toEqual(kept);
    expect(kept.at(-1)?.trim()).not.toBe('');
  });
});

describe('text cut inside an emoji', () => {
  it('still gives a link: a lone half of a surrogate pair is written as U+FFFD instead of throwing', () => {
    // What a title cut by code units leaves ("Density lab 🧪" cut after its first half), or an imported file holds.
    const title = 'Density lab 🧪'.slice(0, -1);
    const lab = { ...DENSITY_LAB, lesson: { ...DENSITY_LAB.lesson, title }, checkHow: '\udc9d exit ticket' };
    const card = buildCard(input({ plans: [lab] }));
    const url = cardMailto(card);
    expect(parts(url).body).toContain('Lesson: Density lab \ufffd');
    expect(parts(url).body).toContain('\ufffd exit ticket');
  });
});

describe('line breaks in imported text', () => {
  it('the subject stays one line, and a lone CR in the body is a CRLF line break like any other', () => {
    const people = PEOPLE.map((person) =>
      person.id === ROSA.id ? { ...person, name: 'Rosa\r\nBcc: someone@example.com' } : person,
    );
    const lesson = { ...UNIT_RATES, behaviourSupport: 'Calm corner\rpass for D.O.' };
    const card = buildCard(input({ personId: ROSA.id, people, plans: [lesson] }));
    const { subject, body } = parts(cardMailto(card));
    expect(subject).toBe('Rosa Bcc: someone@example.com — Tuesday, September 16');
    expect(body.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(body).toContain('Calm corner\r\n');
    expect(cardText(card)).toContain('Calm corner\n');
  });
});
