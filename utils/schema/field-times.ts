import * as z from 'zod/mini';
import { RecordId } from './common';

/** When each field of one record was last edited, in Date.now() milliseconds (utils/db/field-times.ts). */
export const FieldTimes = z.strictObject({
  id: RecordId,
  // A record has at most a few dozen fields.
  at: z
    .record(z.string().check(z.maxLength(40)), z.number())
    .check(z.refine((times) => Object.keys(times).length <= 64, 'At most 64 fields')),
});
export type FieldTimes = z.infer<typeof FieldTimes>;
