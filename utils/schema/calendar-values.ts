// Calendar values the page-side code needs, with no schema code around them: importing them from
// calendar.ts pulled all of zod/mini (15 kB) into the Calendar chunk for three constants (issue 5).
// calendar.ts builds its schemas from these and re-exports them.

export const REPEATS = ['weekly', 'biweekly', 'once'] as const;

/**
 * The three lengths the panel offers; 45 is the default (.github/CONTRIBUTING.md "Vocabulary": 30 is the minimum, 45–60
 * better).
 */
export const BLOCK_LENGTHS = [30, 45, 60] as const;

/** The id of the record of one lost occurrence of a block: one per block and day, so it is kept once. */
export function lostOccurrenceId(blockId: string, date: string): string {
  return `lost:${blockId}:${date}`;
}
