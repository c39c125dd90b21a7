import type { CardLanguage, ModelId, PhaseId, RoleId } from '../schema/vocabulary';
import { en } from './words/en';
import { es } from './words/es';

// The words of a day or week card, in the card's language. A card follows the *adult's* language (the person's
// `cardLanguage`, utils/schema/person.ts), not the browser's: a teacher whose Chrome is in English makes a
// Spanish card for a paraprofessional who reads Spanish. `browser.i18n` only ever answers in the browser's own
// language (and cannot be asked for another), so card words cannot come from public/_locales/; they live here,
// one dictionary per language, checked key by key and placeholder by placeholder in tests/unit/cards/words.test.ts.
// Dates, weekdays and times are not words: they come from Intl.DateTimeFormat in `locale` (utils/cards/card-dates.ts).

export interface CardWords {
  /** The BCP 47 locale for Intl: 'en-US', 'es-US'. */
  locale: string;
  models: Record<ModelId, string>;
  teacherDoes: Record<ModelId, string>;
  teacherLeadsStation: string;
  teacherLeadsGroup: string;
  theTeacher: string;
  roles: Record<RoleId, string>;
  phases: Record<PhaseId, string>;
  leadsStation: string;
  leadsGroup: string;
  collectsEvidence: string;
  station: string;
  minutes: string;
  timesGroupsOne: string;
  timesGroupsOther: string;
  groupsInOrder: string;
  rotationGroups: string;
  minutesPerStation: string;
  rotationStart: string;
  groupAtStation: string;
  group: string;
  prepareBy: string;
  prepareByDay: string;
  youCollect: string;
  labels: {
    lesson: string;
    model: string;
    yourStation: string;
    yourStations: string;
    rotation: string;
    yourGroup: string;
    phases: string;
    prepare: string;
    check: string;
    behaviour: string;
    students: string;
  };
  timeNotSet: string;
  emptyDay: string;
  weekOf: string;
  unknownPerson: string;
  mailtoCut: string;
}

const DICTIONARIES: Record<CardLanguage, CardWords> = { en, es };

export function cardWords(language: CardLanguage): CardWords {
  return DICTIONARIES[language] ?? en;
}

/** `fill('Leads station {number}', { number: 2 })` = "Leads station 2"; an unknown placeholder stays as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
