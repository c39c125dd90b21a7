import type { Settings } from '../schema/settings';
import { CARD_LANGUAGES } from '../vocabulary';
import { backupReminderDays, offeredCardLanguages } from './apply';
import { clockOf, type SchoolPolicy, type SchoolPolicyKey } from './policy';

// The teacher's settings as a policy file in the Google Admin console's format (Devices → Chrome → Apps &
// extensions → Tandem → "Policy for extensions"): each key wrapped as { "Value": … }. A coach or the district's
// lead teacher sets Tandem up once, exports it, and the administrator pastes the file; the README's section for
// administrators says how.

export type AdminPolicyFile = { [K in SchoolPolicyKey]?: { Value: unknown } };

/**
 * Every key the policy knows, with the value in force now (the school's where it set one); the message only when
 * the school already gave one, since a teacher has none of their own.
 */
export function adminPolicyFile(settings: Settings, policy: SchoolPolicy): AdminPolicyFile {
  const { weekdays, start, end } = settings.schoolDay;
  const file: AdminPolicyFile = {
    schoolDay: { Value: { weekdays: [...weekdays], start: clockOf(start), end: clockOf(end) } },
    cardLanguages: { Value: [...(policy.cardLanguages ? offeredCardLanguages(policy) : CARD_LANGUAGES)] },
    backupReminderDays: { Value: backupReminderDays(policy) },
    initialsOnly: { Value: policy.initialsOnly ?? false },
  };
  if (policy.schoolMessage) file.schoolMessage = { Value: policy.schoolMessage };
  return file;
}

/** The file's text, indented as the Admin console shows it. */
export function adminPolicyText(settings: Settings, policy: SchoolPolicy): string {
  return `${JSON.stringify(adminPolicyFile(settings, policy), null, 2)}\n`;
}
