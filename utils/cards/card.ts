import type { CardLanguage } from '../schema/vocabulary';

// The day and week card of one adult (issue 13): what a push-in educator needs to know of the lessons they
// support, in time order, in their own language. The card is built by a pure function from stored records
// (utils/cards/build-card.ts); every way of handing it over — the card page, print, plain text, the mailto
// link, the .ics file — renders this model and reads nothing else. Structured words (headings, models, roles,
// days, times, dates) are already in the card's language here; what the teacher typed is as typed.

export type CardRange = 'day' | 'week';

export interface CardLine {
  /** "Model", "Your station", "Prepare", … in the card's language. */
  label: string;
  /** The line's text: structured words in the card's language, the teacher's words as typed. */
  text: string;
}

/** One lesson this adult supports, on one day. */
export interface CardStop {
  /**
   * Stable across exports: the same lesson on the same day for the same adult has the same id, so an updated
   * .ics replaces the stop instead of adding one (`<planId>:<date>:<personId>`).
   */
  id: string;
  planId: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Wall-clock minutes of the class meeting that day; null when the class has no meeting on that weekday. */
  start: number | null;
  end: number | null;
  /** "9:00–9:50", or the card language's "Time not set". */
  time: string;
  room: string;
  className: string;
  lessonTitle: string;
  /** This adult's role in a few words: "Leads station 2, Measure volume, 15 min × 3 groups". */
  role: string;
  /** The first line: "9:00–9:50 · Room 204 · Grade 7 Science — Leads station 2, …". */
  headline: string;
  /** Only what this adult needs, in a fixed order; lines with nothing to say are left out. */
  lines: CardLine[];
  /** The lesson in Classroom, for the teacher's own copy; absent when it cannot be built. */
  lessonUrl?: string;
}

export interface CardDay {
  /** YYYY-MM-DD. */
  date: string;
  /** "Tuesday, September 16" in the card's language. */
  heading: string;
  /** In time order; stops without a time last. */
  stops: CardStop[];
}

export interface Card {
  personId: string;
  personName: string;
  personEmail?: string;
  language: CardLanguage;
  range: CardRange;
  /** First and last day shown, YYYY-MM-DD (a week: Monday to Friday, or the school day's weekdays). */
  from: string;
  to: string;
  /** "Marcus Lee — Tuesday, September 16" / "Marcus Lee — week of September 15". */
  title: string;
  days: CardDay[];
  /** The card language's "Nothing with you this day" for a day without stops. */
  emptyDayText: string;
  /**
   * Free text on the card that looks like a student's full name or a diagnosis (utils/notes/privacy.ts):
   * the card page shows the popup's gentle notice before it is sent. Empty when nothing looks so.
   */
  privacyConcerns: string[];
}
