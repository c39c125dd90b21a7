import type { WeeklyWindow } from '../schema/calendar';
import { weekdayOf } from './dates';
import type { BusyEvent, Slot, SlotRequest } from './types';

// The planning-time finder: free times in the visible days for a meeting of the requested length.
// Everything is wall-clock minutes on calendar dates, exactly what the Calendar grid shows, so a week
// with a daylight-saving change gives the same answer as any other week.
//
// Free time, per visible day that is one of the school days:
//   the school day (start–end)
//   minus every timed event of that day (overlapping events are merged; events reaching outside the school
//   day are cut to it; all-day events and events with no length block nothing),
//   intersected with the partner's free periods for that weekday when any partner periods are known
//   (a partner with periods on other weekdays only has no time that day),
//   and nothing before `notBefore`.
//
// One suggestion per free period (never several overlapping variants of the same gap):
//   BUFFER  The slot starts when the free period starts. When the free period begins right after one of the
//           user's events and is long enough for the meeting plus the buffer (default 5 minutes), the slot
//           starts after the buffer instead, so nobody runs straight from one meeting into the next. Start
//           times are rounded up to the next 5 minutes when that still fits (else the slot starts exactly
//           when the gap does).
//   RANKING Days in order, earliest first, one suggestion per day in each round: the best slot of every day
//           (earliest day first), then the second best of every day, and so on up to `limit` (default 5).
//           In a Monday–Friday week that gives one suggestion per school day; a second one for a day only
//           when other days have no room (or in a one-day view). Within a day, a free period the meeting fills
//           almost entirely (at most 15 minutes left over) comes first, so long free periods stay whole for
//           other work; otherwise the earlier slot comes first.

export const DEFAULT_BUFFER = 5;
export const DEFAULT_LIMIT = 5;
/** A free period at most this many minutes longer than the meeting counts as a snug fit. */
export const SNUG_LEFTOVER = 15;
/** Slot starts are rounded up to a multiple of this many minutes when that still fits. */
export const ALIGN_MINUTES = 5;

interface Interval {
  start: number;
  end: number;
}

/** A free period; afterEvent = it begins the moment one of the user's events ends. */
interface Gap extends Interval {
  afterEvent: boolean;
}

interface Candidate extends Slot {
  snug: boolean;
}

export function findSlots(request: SlotRequest): Slot[] {
  const { minutes, schoolDay } = request;
  const limit = Math.max(0, Math.floor(request.limit ?? DEFAULT_LIMIT));
  if (!(minutes > 0) || limit === 0) return [];
  const buffer = Math.max(0, request.buffer ?? DEFAULT_BUFFER);
  const windows = request.partnerWindows ?? [];

  const days = [...new Set(request.days)].sort();
  const perDay: Candidate[][] = [];
  for (const date of days) {
    const weekday = weekdayOf(date);
    if (!schoolDay.weekdays.includes(weekday)) continue;
    let gaps = freeGaps(schoolDay.start, schoolDay.end, busyOn(request.events, date));
    if (windows.length > 0) gaps = withinWindows(gaps, windows, weekday);
    const { notBefore } = request;
    if (notBefore) gaps = notBefore.date > date ? [] : notBefore.date < date ? gaps : from(gaps, notBefore.minute);

    const candidates: Candidate[] = [];
    for (const gap of gaps) {
      const start = place(gap, minutes, buffer);
      if (start === null) continue;
      const snug = gap.end - gap.start - minutes <= SNUG_LEFTOVER;
      candidates.push({ date, weekday, start, end: start + minutes, snug });
    }
    candidates.sort((a, b) => Number(b.snug) - Number(a.snug) || a.start - b.start);
    if (candidates.length > 0) perDay.push(candidates);
  }

  const slots: Slot[] = [];
  for (let round = 0; slots.length < limit; round++) {
    const inRound = perDay.flatMap((candidates) => candidates.slice(round, round + 1));
    if (inRound.length === 0) break;
    for (const { date, weekday, start, end } of inRound.slice(0, limit - slots.length)) {
      slots.push({ date, weekday, start, end });
    }
  }
  return slots;
}

/** The day's timed events as sorted, merged busy intervals (touching events merge too). */
function busyOn(events: readonly BusyEvent[], date: string): Interval[] {
  const busy = events
    .filter((event) => event.date === date && !event.allDay && event.end > event.start)
    .map(({ start, end }) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
  return merge(busy);
}

function merge(sorted: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** The school day minus the merged busy intervals. */
function freeGaps(dayStart: number, dayEnd: number, busy: Interval[]): Gap[] {
  const gaps: Gap[] = [];
  let cursor = dayStart;
  let afterEvent = false;
  for (const interval of busy) {
    if (interval.end < dayStart) continue;
    if (interval.start >= dayEnd) break;
    if (interval.start > cursor) gaps.push({ start: cursor, end: interval.start, afterEvent });
    if (interval.end >= cursor) {
      cursor = interval.end;
      afterEvent = true;
    }
  }
  if (cursor < dayEnd) gaps.push({ start: cursor, end: dayEnd, afterEvent });
  return gaps;
}

/** Free gaps cut to the partner's free periods on this weekday (none that day = no time). */
function withinWindows(gaps: Gap[], windows: readonly WeeklyWindow[], weekday: number): Gap[] {
  const today = merge(
    windows
      .filter((window) => window.weekday === weekday && window.end > window.start)
      .map(({ start, end }) => ({ start, end }))
      .sort((a, b) => a.start - b.start),
  );
  const result: Gap[] = [];
  for (const gap of gaps) {
    for (const window of today) {
      const start = Math.max(gap.start, window.start);
      const end = Math.min(gap.end, window.end);
      if (start < end) result.push({ start, end, afterEvent: gap.afterEvent && start === gap.start });
    }
  }
  return result;
}

/** Gaps with everything before `minute` removed. */
function from(gaps: Gap[], minute: number): Gap[] {
  return gaps.flatMap((gap) => {
    if (gap.end <= minute) return [];
    return gap.start >= minute ? [gap] : [{ start: minute, end: gap.end, afterEvent: false }];
  });
}

/** Where the meeting starts in this gap, or null when it does not fit. */
function place(gap: Gap, minutes: number, buffer: number): number | null {
  const choices = [alignUp(gap.start), gap.start];
  if (gap.afterEvent && buffer > 0) choices.unshift(alignUp(gap.start + buffer));
  return choices.find((start) => start + minutes <= gap.end) ?? null;
}

function alignUp(minute: number): number {
  return Math.ceil(minute / ALIGN_MINUTES) * ALIGN_MINUTES;
}
