import type { Repeat } from '../schema/calendar';
import { addDays, daysBetween } from './dates';

// Which dates a planning block happens on. Only the date and the repeat rule matter: the block keeps its
// wall-clock time on every occurrence (13:00 stays 13:00 across daylight-saving changes), so occurrence
// dates are plain calendar arithmetic. weekly = every 7 days from firstDate, biweekly = every 14 days,
// once = firstDate only. A block has no end date: it repeats for ever from firstDate.

/** The part of a block (PlanningBlock, BlockTiming) that decides its dates. */
export interface OccurrenceRule {
  firstDate: string;
  repeat: Repeat;
}

/** Days between occurrences, or null for a one-off block. */
function stepOf(repeat: Repeat): number | null {
  return repeat === 'weekly' ? 7 : repeat === 'biweekly' ? 14 : null;
}

/** Whether the block happens on `date`. */
export function isOccurrence(block: OccurrenceRule, date: string): boolean {
  const offset = daysBetween(block.firstDate, date);
  if (offset < 0) return false;
  const step = stepOf(block.repeat);
  return step === null ? offset === 0 : offset % step === 0;
}

/** The first occurrence on or after `onOrAfter`, or null when there is none (a one-off block in the past). */
export function nextOccurrence(block: OccurrenceRule, onOrAfter: string): string | null {
  const offset = daysBetween(block.firstDate, onOrAfter);
  if (offset <= 0) return block.firstDate;
  const step = stepOf(block.repeat);
  if (step === null) return null;
  return addDays(block.firstDate, Math.ceil(offset / step) * step);
}

/** The last occurrence strictly before `date`, or null when the block had not started yet. */
export function previousOccurrence(block: OccurrenceRule, date: string): string | null {
  const offset = daysBetween(block.firstDate, date);
  if (offset <= 0) return null;
  const step = stepOf(block.repeat);
  if (step === null) return block.firstDate;
  return addDays(block.firstDate, Math.floor((offset - 1) / step) * step);
}

/** Every occurrence from `fromDate` through `toDate`, inclusive, in order. */
export function occurrencesBetween(block: OccurrenceRule, fromDate: string, toDate: string): string[] {
  const dates: string[] = [];
  if (toDate < fromDate) return dates;
  const step = stepOf(block.repeat);
  let date = nextOccurrence(block, fromDate);
  while (date !== null && date <= toDate) {
    dates.push(date);
    date = step === null ? null : addDays(date, step);
  }
  return dates;
}
