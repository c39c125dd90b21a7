import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../../fixtures/routes.mjs';

// The Spanish Classwork fixture (tests/fixtures/es/classroom-classwork.html) with its due lines moved to days
// around `today`, written as Spanish Classroom writes them ("Fecha de entrega: 9 dic, 23:59", from Intl's own
// Spanish short month), so the class summary's "next two weeks" has lessons in it whatever day the test runs.

const MOVES: [from: string, offset: number | 'mañana'][] = [
  ['19 sept, 23:59', 3], // Lab Report: Density of Liquids (638600123456)
  ['22 sept, 11:59', 6], // the quiz, keeping its "p. m."
  ['16 sept, 15:00', 'mañana'], // the exit ticket
  ['5 sept, 23:59', -20], // the scavenger hunt, past
];

export function spanishClassworkAround(today: Date): string {
  const day = (offset: number) =>
    new Intl.DateTimeFormat('es', { day: 'numeric', month: 'short' }).format(
      new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset),
    );
  let html = readFileSync(join(fixturesDir, 'es', 'classroom-classwork.html'), 'utf8');
  for (const [from, offset] of MOVES) {
    const [, time] = from.split(', ');
    const line = `>Fecha de entrega: ${from}`; // in an element, not the file's header comment
    if (!html.includes(line)) throw new Error(`the Spanish Classwork fixture no longer says "${line}"`);
    html = html.replace(line, `>Fecha de entrega: ${offset === 'mañana' ? offset : day(offset)}, ${time}`);
  }
  return html;
}
