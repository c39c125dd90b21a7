// The kinds of Classroom item a lesson can be, as the details URL writes them: assignment, material,
// short-answer question, multiple-choice question. Plain values (no schema code), so the content script's
// always-loaded URL predicates use them without zod; the zod enum in utils/schema/vocabulary.ts is built
// from this list.

export const ITEM_KINDS = ['a', 'm', 'sa', 'mc'] as const;

export type ItemKind = (typeof ITEM_KINDS)[number];
