import * as z from 'zod/mini';
import { LongText, Name, RecordId, ShortText, Timestamp } from './common';
import { PersonKind } from './vocabulary';

/** An adult Tandem knows: the teacher's partners (DESIGN.md "People"). Never a student. */
export const Person = z.object({
  id: RecordId,
  name: Name,
  kind: PersonKind,
  email: z.optional(ShortText),
  strengths: z.optional(LongText),
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

/** What a user types to add someone inline from the panel. */
export const NewPerson = z.object({ name: Name, kind: PersonKind, email: z.optional(ShortText) });
export type NewPerson = z.infer<typeof NewPerson>;
