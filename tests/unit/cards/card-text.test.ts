import { describe, expect, it } from 'vitest';
import { buildCard } from '../../../utils/cards/build-card';
import { cardText, wrap } from '../../../utils/cards/card-text';
import { input, ROSA } from './week';

describe('cardText', () => {
  const text = cardText(buildCard(input({ range: 'week' })));
  const lines = text.split('\n');

  it('reads as plain text: title, day headings, headlines, their lines indented, empty days', () => {
    expect(lines.slice(0, 8)).toEqual([
      'Marcus Lee — week of September 15',
      '',
      'Monday, September 15',
      '  Nothing with you this day',
      '',
      'Tuesday, September 16',
      '  9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, Measure volume, 15',
      '    min × 3 groups',
    ]);
    expect(lines).toContain('    Prepare: graduated cylinders — before Tuesday 9:00');
    expect(lines).toContain('  10:05–10:55 · Room 118 · Grade 7 Math — Leads group B');
    expect(lines).toContain('  Time not set · Grade 7 ELA — Small-group instruction');
    expect(lines.filter((line) => line === '  Nothing with you this day')).toHaveLength(4);
    expect(text.endsWith('  Nothing with you this day\n')).toBe(true);
  });

  it('has no markup, no tabs and no line over 78 characters', () => {
    expect(text).not.toMatch(/[\t<>*#]/);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(78);
  });

  it('keeps the teacher’s line breaks, indented under their line', () => {
    const card = buildCard(input({ personId: ROSA.id }));
    const stop = card.days[0]?.stops[0];
    stop?.lines.push({ label: 'Behaviour support', text: 'First line\nSecond line' });
    expect(cardText(card)).toContain('    Behaviour support: First line\n      Second line\n');
  });

  it.each([
    ['short', 'a b c', ['> a b c']],
    ['exactly the width', 'aaaa bbbb', ['> aaaa bbbb']],
    ['one over', 'aaaa bbbb c', ['> aaaa bbbb', '  c']],
    ['a word longer than the width stays whole', 'x'.repeat(20), [`> ${'x'.repeat(20)}`]],
    ['blank paragraphs and repeated spaces vanish', 'a  b\n\nc', ['> a b', '  c']],
  ])('wrap: %s', (_name, textIn, expected) => {
    expect(wrap(textIn, '> ', '  ', 11)).toEqual(expected);
  });
});
