import * as z from 'zod/mini';
import { CalendarDate, NumericId } from '../../schema/common';
import { ItemKind } from '../../schema/vocabulary';

// Zod at the edge (.github/CONTRIBUTING.md habit 10): what the readers pull out of Classroom's DOM is checked before
// anyone stores or shows it. A value that fails becomes null (reported missing), so a reader never throws.

/** Text read from the page: a title or a course name. Classroom allows long titles; 3000 is a sanity cap. */
export const ScrapedText = z.string().check(z.minLength(1), z.maxLength(3000));

/** One lesson row/stub, without its element (elements are not data). */
export const ScrapedListItem = z.object({
  itemId: NumericId,
  itemKind: ItemKind,
  title: z.nullable(ScrapedText),
  dueDate: z.nullable(CalendarDate),
  topicId: z.nullable(NumericId),
});

/** `value` when it passes `schema`, else null. */
export function valid<T>(schema: z.ZodMiniType<T>, value: unknown): T | null {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
}

export { CalendarDate, NumericId };
