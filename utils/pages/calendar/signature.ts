import type { GridReading, MonthReading } from './types';

/**
 * What matters about a reading, as one string: the view, its days and each event's key, date, place and
 * label. Equal signatures mean the same reading with (perhaps) new chip elements, as after Calendar re-renders
 * the same week; Tandem's own badges inside chips do not change it. Labels count: renaming an event into or
 * out of a block's title changes which blocks are present. All-day events are marked as such, so an event
 * turned from 0:00–24:00 into all-day (same key, date and span) is a change.
 */
export function readingSignature(kind: string, reading: GridReading | MonthReading): string {
  if (!reading.ok) return `${kind}:${reading.problem}`;
  let text = `${kind}:${reading.days.join(',')}|`;
  for (const event of reading.events) {
    const place = event.allDay ? 'all-day' : `${event.start}-${event.end}`;
    text += `${event.key}@${event.date}/${place}:${event.label};`;
  }
  return text;
}
