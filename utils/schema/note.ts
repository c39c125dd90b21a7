import * as z from 'zod/mini';
import { NumericId, RecordId, ShortText, Timestamp } from './common';
import { ItemKind, NoteKind } from './vocabulary';

/** A quick note's text: what a teacher types between lessons. Long enough for a paragraph, not a report. */
export const NoteText = z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));

/**
 * The Classroom page a note was written about: a lesson (with `itemId`) or a whole class (without).
 * Ids are Classroom's raw numeric ids, as in LessonRef, so a link can be rebuilt in the right account.
 */
export const NoteLink = z.object({
  courseId: NumericId,
  itemId: z.optional(NumericId),
  itemKind: z.optional(ItemKind),
  /** Account index from /u/N/. */
  account: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
  title: ShortText,
  courseName: z.optional(ShortText),
});
export type NoteLink = z.infer<typeof NoteLink>;

/** A quick note (.github/CONTRIBUTING.md "Vocabulary": observation, thank-you, follow-up, agenda item, concern). */
export const Note = z.object({
  id: RecordId,
  text: NoteText,
  kind: NoteKind,
  /** The adult the note is about or for; absent = nobody in particular. */
  personId: z.optional(RecordId),
  link: z.optional(NoteLink),
  /** Follow-ups and agenda items are ticked off; other kinds may be too. */
  done: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Note = z.infer<typeof Note>;

/** What the popup sends to save a new note; id and times are stamped on save. */
export const NewNote = z.object({
  text: NoteText,
  kind: NoteKind,
  personId: z.optional(RecordId),
  link: z.optional(NoteLink),
});
export type NewNote = z.infer<typeof NewNote>;

/** Changes to a note; `null` removes the person or the link. */
export const NoteUpdate = z.object({
  id: RecordId,
  text: z.optional(NoteText),
  kind: z.optional(NoteKind),
  personId: z.optional(z.nullable(RecordId)),
  link: z.optional(z.nullable(NoteLink)),
  done: z.optional(z.boolean()),
});
export type NoteUpdate = z.infer<typeof NoteUpdate>;
