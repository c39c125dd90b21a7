import * as z from 'zod/mini';
import { CARD_LANGUAGES } from '../vocabulary';

// What a school district may set for every teacher (issue 16 item 4): Chrome's managed storage, pushed from
// the Google Admin console (or a policy file on a managed computer) and declared in public/managed_schema.json.
// Chrome refuses a value that does not match that schema; Tandem checks again here, key by key, because Firefox's
// managed storage (enterprise policies.json) has no schema at all, and one bad key must not cost the others.

/** "07:30": a time of day as an administrator writes it. */
const ClockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/));

/** The school day as the policy gives it: weekdays 0 (Sunday) … 6, and the first and last minute. */
export const PolicySchoolDay = z
  .object({
    weekdays: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(6))).check(z.minLength(1), z.maxLength(7)),
    start: ClockTime,
    end: ClockTime,
  })
  .check(z.refine((day) => minutesOf(day.start) < minutesOf(day.end), 'The school day must end after it starts'));

/** Each key alone: the keys an administrator can set, and what each accepts. */
export const SCHOOL_POLICY_KEYS = {
  schoolDay: PolicySchoolDay,
  cardLanguages: z.array(z.enum(CARD_LANGUAGES)).check(z.minLength(1)),
  backupReminderDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
  initialsOnly: z.boolean(),
  schoolMessage: z.string().check(z.maxLength(1000)),
} as const;

export type SchoolPolicyKey = keyof typeof SCHOOL_POLICY_KEYS;

/** The school's settings that were given and valid; a key that is absent is the teacher's. */
export type SchoolPolicy = { [K in SchoolPolicyKey]?: z.output<(typeof SCHOOL_POLICY_KEYS)[K]> };

/**
 * The valid keys of what managed storage holds. Unknown keys are ignored (a newer policy file on an older
 * Tandem); an invalid one is dropped with a warning in the console, where an administrator testing it looks.
 */
export function parseSchoolPolicy(raw: unknown): SchoolPolicy {
  if (typeof raw !== 'object' || raw === null) return {};
  const policy: Record<string, unknown> = {};
  for (const key of Object.keys(SCHOOL_POLICY_KEYS) as SchoolPolicyKey[]) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = (raw as Record<string, unknown>)[key];
    const parsed = SCHOOL_POLICY_KEYS[key].safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else console.warn(`[Tandem] school policy: "${key}" ignored: ${z.prettifyError(parsed.error)}`);
  }
  // A blank message is no message.
  if (typeof policy.schoolMessage === 'string' && policy.schoolMessage.trim() === '') delete policy.schoolMessage;
  return policy as SchoolPolicy;
}

/** "07:30" → 450. */
export function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 450 → "07:30". */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
