// The few words of a Classroom due line that the browser's Intl cannot give, per language Tandem reads.
// Month and weekday names and "today"/"tomorrow"/"yesterday" come from Intl (./due-vocabulary.ts), and the short
// words between a date's parts ("de", "at") are skipped, so a language is added here with just its due-line
// phrases: the language code, what starts a line with a date, and what a line without one says.
//
// Sources: English from the fixtures' lines (tests/fixtures/README.md A.5/A.6 [S]: "Due Sep 19, 11:59 PM", "No due
// date"). Spanish [G]: "Fecha de entrega" is the due-date field's label in Spanish Classroom guides (the "Crear
// tarea" form); "Fecha de entrega: 19 sept, 23:59" and "Sin fecha de entrega" are how we expect the list and the
// lesson header to write it, not checked against a live Spanish Classroom; "Fecha límite" ("deadline") is
// accepted too, in case a surface words it that way. Written here as shown on the page; matching ignores case,
// accents and a ":" after the phrase.

export interface DueWords {
  /** Phrases a due line with a date starts with ("Due …"). */
  readonly due: readonly string[];
  /** Whole phrases meaning the lesson has no due date. */
  readonly noDueDate: readonly string[];
}

export const DUE_WORDS = {
  en: { due: ['Due'], noDueDate: ['No due date'] },
  es: {
    due: ['Fecha de entrega', 'Fecha límite'],
    noDueDate: ['Sin fecha de entrega', 'Sin fecha límite'],
  },
} as const satisfies Record<string, DueWords>;

export type DueLanguage = keyof typeof DUE_WORDS;

/** Every language Tandem reads due lines in, in the order tried when the page's language is unknown. */
export const DUE_LANGUAGES = Object.keys(DUE_WORDS) as DueLanguage[];

/**
 * The languages to read a page's due lines in, from its `<html lang>` ("es-419" → es): that one when Tandem
 * knows it, else all of them (a due line's opening phrase tells the languages apart, so trying all is safe).
 */
export function dueLanguagesFor(lang: string | null | undefined): readonly DueLanguage[] {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return base in DUE_WORDS ? [base as DueLanguage] : DUE_LANGUAGES;
}
