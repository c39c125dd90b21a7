import * as z from 'zod/mini';
import { NUMERIC_ID_PATTERN } from './patterns';

// Shapes shared by every record. zod/mini (not classic zod) so the same schemas can be imported from
// the content script without ~20 kB of classic zod (.github/CONTRIBUTING.md "Toolchain notes").

/** A globally unique string id (.github/CONTRIBUTING.md rule 5): merging a partner's export works record by record. */
export const RecordId = z.string().check(z.minLength(1), z.maxLength(120));

/** A new globally unique record id (.github/CONTRIBUTING.md rule 5). `prefix` makes exported files readable. */
export function newId(prefix: string): string {
  return `${prefix}:${crypto.randomUUID()}`;
}

/** Classroom's raw numeric id, as the DOM holds it in data-course-id / data-stream-item-id. */
export const NumericId = z.string().check(z.regex(NUMERIC_ID_PATTERN));

/** ISO 8601 UTC timestamp, as `new Date().toISOString()` writes it; sorts as text. */
export const Timestamp = z.iso.datetime();

/** Calendar date without time, YYYY-MM-DD. */
export const CalendarDate = z.iso.date();

export const ShortText = z.string().check(z.maxLength(200));
export const LongText = z.string().check(z.maxLength(4000));
export const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export function nowIso(): string {
  return new Date().toISOString();
}
