import type { WeeklyWindow } from '../../schema/calendar';
import { localDate } from '../dates';
import { findSlots } from '../slots';
import type { Slot } from '../types';
import type { PlanningState } from './state';

// Which free times the session offers in the page's visible days: never one that has passed.

/**
 * Free slots of `minutes` in the visible grid, inside the partner's `windows` if any, not before `now`
 * (nor before `after`, when that is later). Nothing on a month view or an unreadable grid.
 */
export function offeredSlots(
  state: PlanningState,
  now: Date,
  options: { minutes: number; windows: WeeklyWindow[] | undefined; after?: { date: string; minute: number } },
): Slot[] {
  if (state.page?.kind !== 'grid' || !state.page.reading.ok || !state.data) return [];
  const current = localMoment(now);
  const after = options.after;
  const notBefore = after && isLater(after, current) ? after : current;
  const events = state.page.reading.events.map(({ date, start, end, allDay }) => ({ date, start, end, allDay }));
  return findSlots({
    days: state.page.reading.days,
    events,
    schoolDay: state.data.settings.schoolDay,
    ...(options.windows?.length ? { partnerWindows: options.windows } : {}),
    minutes: options.minutes,
    notBefore,
  });
}

/** The wall-clock date and minute of a moment in this browser's zone (the grid's zone). */
function localMoment(moment: Date): { date: string; minute: number } {
  return { date: localDate(moment), minute: moment.getHours() * 60 + moment.getMinutes() };
}

function isLater(a: { date: string; minute: number }, b: { date: string; minute: number }): boolean {
  return a.date > b.date || (a.date === b.date && a.minute > b.minute);
}
