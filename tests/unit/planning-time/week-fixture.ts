import { addDays, daysBetween } from '../../../utils/planning-time/dates';
import type { BusyEvent } from '../../../utils/planning-time/types';

/**
 * Machine time zones the date logic must not care about: the fixture's own zone, zones far east and west
 * of UTC (a naive `new Date('2025-09-15').getDay()` is a day off in the west), and a half-hour DST zone.
 */
export const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];

/** Runs `fn` with the process's time zone set to each of ZONES in turn, then restores it. */
export function inEveryZone(fn: (zone: string) => void): void {
  const saved = process.env.TZ;
  try {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      fn(zone);
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

export const hm = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

const timed = (date: string, start: string, end: string): BusyEvent => ({
  date,
  start: hm(start),
  end: hm(end),
  allDay: false,
});
const allDay = (date: string): BusyEvent => ({ date, start: 0, end: 1440, allDay: true });

/** The Calendar fixture week (tests/fixtures/README.md, "Calendar events"), Sun 2025-09-14 … Sat 2025-09-20. */
export const FIXTURE_DAYS = [
  '2025-09-14',
  '2025-09-15',
  '2025-09-16',
  '2025-09-17',
  '2025-09-18',
  '2025-09-19',
  '2025-09-20',
];

export const FIXTURE_EVENTS: BusyEvent[] = [
  // Science Fair Week, all day Mon 15 – Wed 17 (one all-day chip per day, as a reader may report it).
  allDay('2025-09-15'),
  allDay('2025-09-16'),
  allDay('2025-09-17'),
  allDay('2025-09-18'), // Field Trip: Science Museum
  timed('2025-09-15', '08:00', '08:50'), // Period 1 – Grade 7 Science
  timed('2025-09-15', '09:00', '09:45'), // Co-planning with Marcus
  timed('2025-09-15', '10:30', '11:20'), // Period 3 – Grade 7 Science
  timed('2025-09-15', '15:15', '16:15'), // Staff meeting (runs past the school day)
  timed('2025-09-16', '08:00', '08:50'), // Period 1
  timed('2025-09-16', '10:00', '11:00'), // IEP meeting – J.M.
  timed('2025-09-16', '10:30', '11:30'), // Push-in support: Period 3 (overlaps the IEP meeting)
  timed('2025-09-17', '08:00', '08:50'), // Period 1
  timed('2025-09-17', '10:30', '11:20'), // Period 3
  timed('2025-09-17', '12:15', '12:30'), // Parent call – A. Chen
  timed('2025-09-18', '08:00', '08:50'), // Period 1
  timed('2025-09-18', '14:00', '15:00'), // Data team meeting
  timed('2025-09-18', '14:30', '15:30'), // Office hours (overlaps the data team meeting)
  timed('2025-09-19', '08:00', '08:50'), // Period 1
  timed('2025-09-19', '13:00', '14:00'), // Co-planning: Unit 4 launch
];

/** The fixture week moved to the week starting on `sunday` (same weekdays, same wall-clock times). */
export function fixtureWeekFrom(sunday: string): { days: string[]; events: BusyEvent[] } {
  const shift = daysBetween(FIXTURE_DAYS[0] as string, sunday);
  return {
    days: FIXTURE_DAYS.map((date) => addDays(date, shift)),
    events: FIXTURE_EVENTS.map((event) => ({ ...event, date: addDays(event.date, shift) })),
  };
}

/** A week of dates from a Sunday. */
export function weekFrom(sunday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(sunday, i));
}
