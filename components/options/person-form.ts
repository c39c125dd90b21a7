import type { WeeklyWindow } from '../../utils/schema/calendar';
import { EMAIL_PATTERN } from '../../utils/schema/email';
import type { Person, PersonUpdate } from '../../utils/schema/person';
import type { CardLanguage, PersonKind } from '../../utils/schema/vocabulary';
import { type CellKey, mergeCells } from './free-period-cells';

// What the person editor holds while the teacher types, and the checks made before saving it. Errors are
// i18n keys (the component translates them) so this stays pure and testable.

/** Limits of the person schema (utils/schema/common.ts Name, LongText; person.ts FreePeriods). */
const MAX_NAME = 120;
const MAX_EMAIL = 200;
const MAX_STRENGTHS = 4000;
export const MAX_FREE_PERIODS = 50;

export interface PersonDraft {
  name: string;
  kind: PersonKind;
  email: string;
  strengths: string;
  /** The language of this adult's day and week cards (issue 13). */
  cardLanguage: CardLanguage;
  cells: Set<CellKey>;
  /** Free periods the grid cannot show, kept as they are. */
  others: WeeklyWindow[];
}

export type PersonProblems = Partial<Record<'name' | 'email' | 'strengths' | 'freePeriods', string>>;

export type CheckedDraft = { ok: true; update: PersonUpdate } | { ok: false; problems: PersonProblems };

export function draftFromPerson(person: Person, cells: Set<CellKey>, others: WeeklyWindow[]): PersonDraft {
  return {
    name: person.name,
    kind: person.kind,
    email: person.email ?? '',
    strengths: person.strengths ?? '',
    cardLanguage: person.cardLanguage ?? 'en',
    cells,
    others,
  };
}

/** A name that is set and not too long; used by the add form too. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'peopleNameMissing';
  if (trimmed.length > MAX_NAME) return 'peopleNameTooLong';
  return undefined;
}

/**
 * The draft checked, as an update. With `initial` (the draft as the editor opened it), only the fields the
 * teacher changed are sent: the editor may stay open while the Calendar panel saves this person's e-mail
 * or free periods, and saving a new strengths text must not put the old ones back.
 */
export function checkDraft(id: string, draft: PersonDraft, initial?: PersonDraft): CheckedDraft {
  const problems: PersonProblems = {};
  const name = nameProblem(draft.name);
  if (name) problems.name = name;
  const email = draft.email.trim();
  if (email && (email.length > MAX_EMAIL || !EMAIL_PATTERN.test(email))) problems.email = 'peopleEmailInvalid';
  if (draft.strengths.trim().length > MAX_STRENGTHS) problems.strengths = 'peopleStrengthsTooLong';
  const freePeriods = mergeCells(draft.cells, draft.others);
  if (freePeriods.length > MAX_FREE_PERIODS) problems.freePeriods = 'peopleTooManyPeriods';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  // An empty e-mail or strengths text removes it (utils/db/people.ts updatePerson).
  const fields = {
    name: draft.name.trim(),
    kind: draft.kind,
    email,
    strengths: draft.strengths.trim(),
    cardLanguage: draft.cardLanguage,
    freePeriods,
  };
  if (!initial) return { ok: true, update: { id, ...fields } };
  const before = {
    name: initial.name.trim(),
    kind: initial.kind,
    email: initial.email.trim(),
    strengths: initial.strengths.trim(),
    cardLanguage: initial.cardLanguage,
    freePeriods: mergeCells(initial.cells, initial.others),
  };
  const update: PersonUpdate = { id };
  if (fields.name !== before.name) update.name = fields.name;
  if (fields.kind !== before.kind) update.kind = fields.kind;
  if (fields.email !== before.email) update.email = fields.email;
  if (fields.strengths !== before.strengths) update.strengths = fields.strengths;
  if (fields.cardLanguage !== before.cardLanguage) update.cardLanguage = fields.cardLanguage;
  if (JSON.stringify(fields.freePeriods) !== JSON.stringify(before.freePeriods))
    update.freePeriods = fields.freePeriods;
  return { ok: true, update };
}
