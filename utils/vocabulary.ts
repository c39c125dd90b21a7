// The domain vocabulary of .github/CONTRIBUTING.md ("Vocabulary"), as plain ids (no schema code, so the content script
// can use them for free). Labels and explanations live in public/_locales/en/messages.json under
// `model_<id>` / `model_<id>_hint`, `role_<id>`, `kind_<id>`, `phase_<id>`, `status_<id>`, `note_<id>` (ids with '-'
// written as '_'), so they can be translated. The zod enums in utils/schema/vocabulary.ts are built from these.

/** Co-teaching models; the first three are the ones teachers reach for most and are shown first. */
export const MODEL_IDS = ['lead-and-roam', 'parallel', 'stations', 'alternative', 'team', 'observe'] as const;

/** What a supporting adult does in a lesson or a phase of it. */
export const ROLE_IDS = [
  'lead-station',
  'lead-parallel-group',
  'small-group',
  'circulate',
  'one-to-one',
  'behaviour-support',
  'observe-data',
  'accommodations',
  'prepare-materials',
  'supervise-transition',
] as const;

export const PERSON_KINDS = [
  'classroom-teacher',
  'special-education-teacher',
  'paraprofessional',
  'intervention-teacher',
  'related-service-provider',
  'ell-teacher',
  'instructional-coach',
  'other',
] as const;

export const PHASE_IDS = ['opening', 'instruction', 'practice', 'closing'] as const;

export const STATUS_IDS = ['draft', 'ready', 'taught'] as const;

/** Kinds of quick note; the first is the default. `agenda-item` and `follow-up` feed the planning agenda. */
export const NOTE_KINDS = ['observation', 'thank-you', 'follow-up', 'agenda-item', 'concern'] as const;

/**
 * Languages a person's day and week cards can be written in (issue 13). A card follows the adult's language,
 * not the browser's, so its words come from utils/cards/words/ rather than browser.i18n.
 */
export const CARD_LANGUAGES = ['en', 'es'] as const;

/** The i18n key for a vocabulary id: `model_lead_and_roam`, `role_circulate`, … */
export function vocabKey(
  prefix: 'model' | 'role' | 'kind' | 'phase' | 'status' | 'note',
  id: string,
  suffix = '',
): string {
  return `${prefix}_${id.replaceAll('-', '_')}${suffix}`;
}
