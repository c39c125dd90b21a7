// Classroom's due line, e.g. "Due Sep 19, 11:59 PM" (details header and classwork rows, tests/fixtures/README.md
// A.5/A.6 [S]). It names no year, so the year is the one that puts the date closest to today. English UI only: other
// languages yield no date, and callers treat that as "could not read" rather than guessing.

/** What a due line says. `date` is YYYY-MM-DD, or null when the wording was not understood. */
export type DueLine = { kind: 'due'; date: string | null } | { kind: 'noDueDate' };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

/** Is this text a due line at all? ("Due …" or "No due date"; "Posted …"/"Edited …" are not.) */
export const DUE_LINE = /^(?:due\s|no due date\b)/i;

/** Reads one due line; null when the text is not a due line. */
export function parseDueLine(text: string, now: Date): DueLine | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!DUE_LINE.test(line)) return null;
  if (/^no due date\b/i.test(line)) return { kind: 'noDueDate' };
  return { kind: 'due', date: dueDate(line.slice(4), now) };
}

/** YYYY-MM-DD from the words after "Due ", or null. */
function dueDate(rest: string, now: Date): string | null {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const word = /^[a-z]+/i.exec(rest)?.[0].toLowerCase() ?? '';
  if (word === 'today') return iso(today);
  if (word === 'tomorrow') return iso(today + DAY_MS);
  if (word === 'yesterday') return iso(today - DAY_MS);
  const weekday = word.length >= 3 ? WEEKDAYS.findIndex((name) => name.startsWith(word)) : -1;
  if (weekday >= 0) {
    // "Due Friday" (Upcoming widgets): the next such day; today itself would read "Due today".
    const ahead = (weekday - now.getDay() + 7) % 7 || 7;
    return iso(today + ahead * DAY_MS);
  }
  const match = /^([a-z]{3,9})\.? (\d{1,2})(?:,? (\d{4}))?\b/i.exec(rest);
  if (!match) return null;
  const month = MONTHS.findIndex((name) => name.startsWith((match[1] ?? '').toLowerCase()));
  const day = Number(match[2]);
  if (month < 0) return null;
  if (match[3]) return validDate(Number(match[3]), month, day);
  return closestYear(now.getFullYear(), month, day, today);
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
