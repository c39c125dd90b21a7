import * as z from 'zod/mini';
import { ITEM_KINDS } from '../pages/classroom/item-kinds';
import { CARD_LANGUAGES, MODEL_IDS, NOTE_KINDS, PERSON_KINDS, PHASE_IDS, ROLE_IDS, STATUS_IDS } from '../vocabulary';

// Zod enums for the domain vocabulary (ids and labels: utils/vocabulary.ts).

export const ModelId = z.enum(MODEL_IDS);
export type ModelId = z.infer<typeof ModelId>;

export const RoleId = z.enum(ROLE_IDS);
export type RoleId = z.infer<typeof RoleId>;

export const PersonKind = z.enum(PERSON_KINDS);
export type PersonKind = z.infer<typeof PersonKind>;

export const PhaseId = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof PhaseId>;

export const PlanStatus = z.enum(STATUS_IDS);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const NoteKind = z.enum(NOTE_KINDS);
export type NoteKind = z.infer<typeof NoteKind>;

/** A Classroom item's kind, as its details URL writes it (utils/pages/classroom/item-kinds.ts). */
export const ItemKind = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKind>;

/** The language a person's cards are written in (utils/cards/). */
export const CardLanguage = z.enum(CARD_LANGUAGES);
export type CardLanguage = z.infer<typeof CardLanguage>;
