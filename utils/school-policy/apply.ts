import { BACKUP_REMINDER_DAYS } from '../backup/export';
import type { SchoolDay } from '../schema/calendar';
import type { Settings, SettingsInput } from '../schema/settings';
import { CARD_LANGUAGES } from '../vocabulary';
import { minutesOf, type SchoolPolicy } from './policy';

// How the school's settings (utils/school-policy/policy.ts) win over the teacher's: applied wherever settings are
// read, and a change to a key the school set is dropped wherever settings are saved (the options page, which
// opens the database itself, and the background, for the Calendar panel), so neither can store around it.

/** The school day in Tandem's own shape. */
export function policySchoolDay(policy: SchoolPolicy): SchoolDay | undefined {
  const day = policy.schoolDay;
  if (!day) return undefined;
  return { weekdays: [...new Set(day.weekdays)].sort(), start: minutesOf(day.start), end: minutesOf(day.end) };
}

/** The settings in force: the teacher's, with what the school set in their place. */
export function applySchoolPolicy(settings: Settings, policy: SchoolPolicy): Settings {
  const schoolDay = policySchoolDay(policy);
  return schoolDay ? { ...settings, schoolDay } : settings;
}

/** A change without the keys the school set; null when nothing of it is the teacher's to change. */
export function teachersPart(input: SettingsInput, policy: SchoolPolicy): SettingsInput | null {
  const { schoolDay, ...rest } = input;
  const kept: SettingsInput = policy.schoolDay || schoolDay === undefined ? rest : { ...rest, schoolDay };
  return kept.myName === undefined && kept.schoolDay === undefined ? null : kept;
}

/** The languages a person's cards may be written in. */
export function offeredCardLanguages(policy: SchoolPolicy): readonly (typeof CARD_LANGUAGES)[number][] {
  return policy.cardLanguages ? CARD_LANGUAGES.filter((code) => policy.cardLanguages?.includes(code)) : CARD_LANGUAGES;
}

/** Days after a backup before the options page reminds the teacher to make another. */
export function backupReminderDays(policy: SchoolPolicy): number {
  return policy.backupReminderDays ?? BACKUP_REMINDER_DAYS;
}
