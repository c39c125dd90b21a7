import * as z from 'zod/mini';
import { RecordId, Timestamp } from './common';

/**
 * A full backup kept inside the database just before an import's Replace or a restore replaced everything,
 * so the teacher can undo it. `json` is exactly the export file text (utils/backup). "Delete all my data"
 * keeps none: afterwards the database is empty.
 */
export const Snapshot = z.object({
  id: RecordId,
  createdAt: Timestamp,
  reason: z.literal('before-replace'),
  /** Records per table at the time, for the options page to describe it. */
  counts: z.record(z.string(), z.number()),
  json: z.string(),
});
export type Snapshot = z.infer<typeof Snapshot>;
