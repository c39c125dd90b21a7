import type { PlanningBlock } from '../schema/calendar';

/** "co-planning-2025-09-16.ics": readable in a Downloads folder, safe on every file system. */
export function icsFileName(block: Pick<PlanningBlock, 'firstDate'>): string {
  return `co-planning-${block.firstDate}.ics`;
}
