import * as z from 'zod/mini';
import { SchoolDay } from './calendar';
import { ShortText, Timestamp } from './common';

/** Tandem's own settings, one record: the teacher's name (for block titles) and the school day. */
export const Settings = z.object({
  id: z.literal('settings'),
  myName: ShortText,
  schoolDay: SchoolDay,
  /** When the last full backup was exported (the options page reminds after 14 days). */
  lastBackupAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Settings = z.infer<typeof Settings>;

/** A change to the settings; one that names no setting is refused, not stored as an "update" of nothing. */
export const SettingsInput = z
  .object({ myName: z.optional(ShortText), schoolDay: z.optional(SchoolDay) })
  .check(
    z.refine((input) => input.myName !== undefined || input.schoolDay !== undefined, 'Names no setting to change'),
  );
export type SettingsInput = z.infer<typeof SettingsInput>;
