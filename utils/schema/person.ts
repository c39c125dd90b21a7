import * as z from 'zod/mini';
import { WeeklyWindow } from './calendar';
import { LongText, Name, RecordId, ShortText, Timestamp } from './common';
import { EMAIL_PATTERN } from './email';
import { CardLanguage, PersonKind } from './vocabulary';

/** A person's weekly free periods; a school week rarely has more than a few dozen. */
export const FreePeriods = z.array(WeeklyWindow).check(z.maxLength(50));

/** An adult Tandem knows: the teacher's partners (.github/CONTRIBUTING.md "Vocabulary", People). Never a student. */
export const Person = z.object({
  id: RecordId,
  name: Name,
  kind: PersonKind,
  email: z.optional(ShortText),
  strengths: z.optional(LongText),
  /** Weekly periods when this adult is free to plan (issue 3); absent = not known. */
  freePeriods: z.optional(FreePeriods),
  /** The language of this adult's day and week cards (issue 13); absent = English. */
  cardLanguage: z.optional(CardLanguage),
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

/** What a user types to add someone inline from the panel. */
export const NewPerson = z.object({ name: Name, kind: PersonKind, email: z.optional(ShortText) });
export type NewPerson = z.infer<typeof NewPerson>;

/**
 * What the Calendar panel and the options page change on a person; only the fields given change.
 * An empty e-mail or strengths text removes it.
 */
export const PersonUpdate = z
  .object({
    id: RecordId,
    name: z.optional(Name),
    kind: z.optional(PersonKind),
    strengths: z.optional(LongText),
    archived: z.optional(z.boolean()),
    email: z.optional(z.union([z.literal(''), z.string().check(z.regex(EMAIL_PATTERN), z.maxLength(200))])),
    freePeriods: z.optional(FreePeriods),
    cardLanguage: z.optional(CardLanguage),
  })
  .check(
    // Only an id changes nothing: refused, not stored as an "update" of nothing (issue 11).
    z.refine(
      (update) => Object.entries(update).some(([key, value]) => key !== 'id' && value !== undefined),
      'Names no field to change',
    ),
  );
export type PersonUpdate = z.infer<typeof PersonUpdate>;
