import * as z from 'zod/mini';
import { NumericId } from '../schema/common';
import { NewPerson, type Person } from '../schema/person';
import { type LessonPlan, PlanInput, type PlanSummary } from '../schema/plan';

// The one protocol between Tandem's contexts (content scripts, extension pages) and the background.
// Requests are validated with these schemas where they are received (the background); answers come
// back in a Result envelope so the caller never has to guess whether a failure was ours or theirs.
// Content scripts import this file with `import type` only, so no schema code lands in their bundle.

export const requestSchemas = {
  'plan.get': z.object({ courseId: NumericId, itemId: NumericId }),
  'plan.save': PlanInput,
  'plan.listForCourse': z.object({ courseId: NumericId }),
  'people.list': z.object({}),
  'people.add': NewPerson,
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.input<(typeof requestSchemas)[T]>;

export interface ResponseData {
  'plan.get': LessonPlan | null;
  'plan.save': LessonPlan;
  'plan.listForCourse': PlanSummary[];
  'people.list': Person[];
  'people.add': Person;
}

/** The wire shape of a request; `tandem: 1` marks it as ours and versions the protocol. */
export const Envelope = z.object({
  tandem: z.literal(1),
  type: z.enum(Object.keys(requestSchemas) as [RequestType, ...RequestType[]]),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export const ERROR_CODES = [
  'bad-request', // payload failed validation
  'forbidden', // sender is not one of our own contexts
  'internal', // the background failed (database error, bug)
  'timeout', // no answer in time (caller side)
  'invalidated', // the extension was updated or removed while the tab stayed open (caller side)
  'unavailable', // the background could not be reached for another reason (caller side)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface TandemError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: TandemError };
