import { describe, expect, it } from 'vitest';
import { findSlots } from '../../../utils/planning-time/slots';
import type { BusyEvent, Slot, SlotRequest } from '../../../utils/planning-time/types';
import { DEFAULT_SCHOOL_DAY, type WeeklyWindow } from '../../../utils/schema/calendar';
import { FIXTURE_DAYS, FIXTURE_EVENTS, fixtureWeekFrom, hm, inEveryZone, weekFrom } from './week-fixture';

const NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** "Mon 09-15 09:45–10:30": slots as a reader checks them. */
const show = (slots: Slot[]): string[] =>
  slots.map((slot) => `${NAMES[slot.weekday]} ${slot.date.slice(5)} ${clock(slot.start)}–${clock(slot.end)}`);

const request = (overrides: Partial<SlotRequest>): SlotRequest => ({
  days: FIXTURE_DAYS,
  events: FIXTURE_EVENTS,
  schoolDay: DEFAULT_SCHOOL_DAY,
  minutes: 45,
  ...overrides,
});
const event = (date: string, start: string, end: string, allDay = false): BusyEvent => ({
  date,
  start: hm(start),
  end: hm(end),
  allDay,
});
const MONDAY = '2025-09-15';

describe('findSlots on the Calendar fixture week (Sun 2025-09-14 … Sat 2025-09-20)', () => {
  // Default school day Mon–Fri 07:30–16:00, buffer 5, 45 minutes. All-day events (Science Fair Week,
  // Field Trip) block nothing; Sunday and Saturday are not school days.
  //
  // Mon 15  busy 08:00–08:50, 09:00–09:45, 10:30–11:20, 15:15–16:15 (cut to 16:00)
  //         free 07:30–08:00 (30, too short), 08:50–09:00 (10), 09:45–10:30 (45: fits exactly, no room
  //         for the buffer → 09:45–10:30, snug), 11:20–15:15 (after an event → 11:25–12:10)
  //         → 09:45 (snug), 11:25
  // Tue 16  busy 08:00–08:50, 10:00–11:00 + 10:30–11:30 merged to 10:00–11:30
  //         free 07:30–08:00 (30), 08:50–10:00 (70 → 08:55–09:40, 25 left over: not snug),
  //         11:30–16:00 (→ 11:35–12:20)                                  → 08:55, 11:35
  // Wed 17  busy 08:00–08:50, 10:30–11:20, 12:15–12:30
  //         free 07:30–08:00 (30), 08:50–10:30 (100 → 08:55–09:40), 11:20–12:15 (55 → 11:25–12:10,
  //         10 left over: snug), 12:30–16:00 (→ 12:35–13:20)           → 11:25 (snug), 08:55, 12:35
  // Thu 18  busy 08:00–08:50, 14:00–15:00 + 14:30–15:30 merged to 14:00–15:30
  //         free 07:30–08:00 (30), 08:50–14:00 (→ 08:55–09:40), 15:30–16:00 (30) → 08:55
  // Fri 19  busy 08:00–08:50, 13:00–14:00
  //         free 07:30–08:00 (30), 08:50–13:00 (→ 08:55–09:40), 14:00–16:00 (→ 14:05–14:50) → 08:55, 14:05
  //
  // Round 1 takes each day's best slot in day order; round 2 each day's second; round 3 the third.
  it('proposes the best slot of each school day, earliest day first (45 minutes, limit 5)', () => {
    expect(show(findSlots(request({})))).toEqual([
      'Mon 09-15 09:45–10:30',
      'Tue 09-16 08:55–09:40',
      'Wed 09-17 11:25–12:10',
      'Thu 09-18 08:55–09:40',
      'Fri 09-19 08:55–09:40',
    ]);
  });

  it('then the second and third slot of each day (limit 10)', () => {
    expect(show(findSlots(request({ limit: 10 })))).toEqual([
      'Mon 09-15 09:45–10:30',
      'Tue 09-16 08:55–09:40',
      'Wed 09-17 11:25–12:10',
      'Thu 09-18 08:55–09:40',
      'Fri 09-19 08:55–09:40',
      'Mon 09-15 11:25–12:10',
      'Tue 09-16 11:35–12:20',
      'Wed 09-17 08:55–09:40',
      'Fri 09-19 14:05–14:50',
      'Wed 09-17 12:35–13:20',
    ]);
    expect(findSlots(request({ limit: 50 }))).toHaveLength(10);
  });

  it('30 minutes: the half hour before Period 1 fits exactly on every day', () => {
    // 07:30–08:00 is 30 minutes, not after any event → 07:30–08:00, snug, and the earliest.
    expect(show(findSlots(request({ minutes: 30 })))).toEqual([
      'Mon 09-15 07:30–08:00',
      'Tue 09-16 07:30–08:00',
      'Wed 09-17 07:30–08:00',
      'Thu 09-18 07:30–08:00',
      'Fri 09-19 07:30–08:00',
    ]);
    // Second choices: Mon 09:45–10:30 has room for the buffer (45 ≥ 35) → 09:50, 15 left over → snug.
    // Tue 08:50–10:00 → 08:55 (not snug). Wed → 08:55. Thu 15:30–16:00 is 30 after Office hours: no room
    // for the buffer → 15:30–16:00, snug, so it beats 08:55. Fri → 08:55.
    expect(show(findSlots(request({ minutes: 30, limit: 10 })).slice(5))).toEqual([
      'Mon 09-15 09:50–10:20',
      'Tue 09-16 08:55–09:25',
      'Wed 09-17 08:55–09:25',
      'Thu 09-18 15:30–16:00',
      'Fri 09-19 08:55–09:25',
    ]);
  });

  it('60 minutes: only gaps of an hour or more', () => {
    // Mon: 09:45–10:30 is too short → 11:25–12:25. Tue 08:50–10:00 (70 ≥ 65) → 08:55–09:55.
    // Wed/Thu/Fri: 08:50 onwards → 08:55–09:55. (Wed 11:20–12:15 is only 55.)
    expect(show(findSlots(request({ minutes: 60 })))).toEqual([
      'Mon 09-15 11:25–12:25',
      'Tue 09-16 08:55–09:55',
      'Wed 09-17 08:55–09:55',
      'Thu 09-18 08:55–09:55',
      'Fri 09-19 08:55–09:55',
    ]);
  });

  it('never overlaps a timed event and stays inside the school day', () => {
    for (const minutes of [30, 45, 60]) {
      const slots = findSlots(request({ minutes, limit: 100 }));
      expect(slots.length).toBeGreaterThan(0);
      for (const slot of slots) {
        expect(slot.end - slot.start).toBe(minutes);
        expect(slot.start).toBeGreaterThanOrEqual(DEFAULT_SCHOOL_DAY.start);
        expect(slot.end).toBeLessThanOrEqual(DEFAULT_SCHOOL_DAY.end);
        expect(slot.start % 5).toBe(0);
        const clash = FIXTURE_EVENTS.filter(
          (e) => !e.allDay && e.date === slot.date && e.start < slot.end && slot.start < e.end,
        );
        expect(clash).toEqual([]);
      }
    }
  });
});

describe('findSlots: daylight-saving weeks', () => {
  const expected = (slots: Slot[]) => slots.map(({ weekday, start, end }) => ({ weekday, start, end }));
  const normal = expected(findSlots(request({ limit: 10 })));

  it.each([
    ['the US week when DST ends (Sun 2025-11-02)', '2025-11-02'],
    ['the US week when DST starts (Sun 2025-03-09)', '2025-03-09'],
  ])('%s gives the same wall-clock slots as any other week', (_, sunday) => {
    const week = fixtureWeekFrom(sunday);
    inEveryZone((zone) => {
      const slots = findSlots(request({ ...week, limit: 10 }));
      expect(expected(slots), zone).toEqual(normal);
      expect(slots[0]?.date, zone).toBe(week.days[1]);
    });
  });

  it('in every machine time zone, the fixture week is the same', () => {
    inEveryZone((zone) => {
      expect(show(findSlots(request({}))), zone).toEqual([
        'Mon 09-15 09:45–10:30',
        'Tue 09-16 08:55–09:40',
        'Wed 09-17 11:25–12:10',
        'Thu 09-18 08:55–09:40',
        'Fri 09-19 08:55–09:40',
      ]);
    });
  });
});

describe('findSlots: busy time', () => {
  it('offers the school-day start on each school day of an empty week', () => {
    expect(show(findSlots(request({ events: [] })))).toEqual([
      'Mon 09-15 07:30–08:15',
      'Tue 09-16 07:30–08:15',
      'Wed 09-17 07:30–08:15',
      'Thu 09-18 07:30–08:15',
      'Fri 09-19 07:30–08:15',
    ]);
  });

  it('ignores all-day events', () => {
    const allDay = FIXTURE_DAYS.map((date) => event(date, '00:00', '23:59', true));
    expect(findSlots(request({ events: allDay }))).toEqual(findSlots(request({ events: [] })));
  });

  it('offers nothing in a fully booked week', () => {
    const booked = FIXTURE_DAYS.flatMap((date) => [
      event(date, '07:00', '09:00'),
      event(date, '09:00', '12:00'), // back to back: no gap at 09:00
      event(date, '11:30', '14:20'),
      event(date, '14:20', '17:00'),
    ]);
    expect(findSlots(request({ events: booked }))).toEqual([]);
    // Gaps shorter than the meeting do not count either.
    const almost = FIXTURE_DAYS.flatMap((date) => [event(date, '07:00', '09:00'), event(date, '09:40', '17:00')]);
    expect(findSlots(request({ events: almost }))).toEqual([]);
    expect(show(findSlots(request({ events: almost, minutes: 30 })))[0]).toBe('Mon 09-15 09:05–09:35');
  });

  it('merges overlapping and nested events', () => {
    const events = [
      event(MONDAY, '07:30', '12:00'),
      event(MONDAY, '08:00', '09:00'), // inside the first
      event(MONDAY, '11:30', '13:00'), // overlaps its end
      event(MONDAY, '13:00', '14:00'), // touches the previous one
      event(MONDAY, '14:30', '16:00'),
    ];
    expect(show(findSlots(request({ days: [MONDAY], events })))).toEqual([]);
    expect(show(findSlots(request({ days: [MONDAY], events, minutes: 30 })))).toEqual(['Mon 09-15 14:00–14:30']);
  });

  it('cuts events that reach outside the school day to it', () => {
    // 06:45–08:00 covers the start of the day: free from 08:00, right after an event → 08:05.
    expect(show(findSlots(request({ days: [MONDAY], events: [event(MONDAY, '06:45', '08:00')] })))).toEqual([
      'Mon 09-15 08:05–08:50',
    ]);
    // An event ending exactly when the school day starts still earns the buffer.
    expect(show(findSlots(request({ days: [MONDAY], events: [event(MONDAY, '07:00', '07:30')] })))).toEqual([
      'Mon 09-15 07:35–08:20',
    ]);
    // 08:00–17:00 leaves only 07:30–08:00: too short for 45 minutes, exact for 30.
    const late = [event(MONDAY, '08:00', '17:00')];
    expect(findSlots(request({ days: [MONDAY], events: late }))).toEqual([]);
    expect(show(findSlots(request({ days: [MONDAY], events: late, minutes: 30 })))).toEqual(['Mon 09-15 07:30–08:00']);
    // 15:30–18:00 leaves 07:30–15:30; events before 07:30 or after 16:00 change nothing.
    const outside = [event(MONDAY, '05:00', '06:00'), event(MONDAY, '16:00', '18:00'), event(MONDAY, '18:00', '19:30')];
    expect(findSlots(request({ days: [MONDAY], events: outside }))).toEqual(
      findSlots(request({ days: [MONDAY], events: [] })),
    );
    const allDayLong = [event(MONDAY, '00:00', '24:00')];
    expect(findSlots(request({ days: [MONDAY], events: allDayLong }))).toEqual([]);
  });

  it('lets events without length (start = end) block nothing', () => {
    const events = [event(MONDAY, '07:45', '07:45'), event(MONDAY, '08:00', '08:00')];
    expect(show(findSlots(request({ days: [MONDAY], events })))).toEqual(['Mon 09-15 07:30–08:15']);
  });

  it('uses only the events of each day', () => {
    const events = [event('2025-09-16', '07:30', '16:00')]; // Tuesday fully booked
    expect(show(findSlots(request({ days: [MONDAY, '2025-09-16', '2025-09-17'], events })))).toEqual([
      'Mon 09-15 07:30–08:15',
      'Wed 09-17 07:30–08:15',
    ]);
  });
});

describe('findSlots: buffer and alignment', () => {
  const gapAfter = (end: string, minutes = 45, extra: Partial<SlotRequest> = {}) =>
    show(
      findSlots(
        request({
          days: [MONDAY],
          events: [event(MONDAY, '07:30', end), event(MONDAY, '13:00', '16:00')],
          minutes,
          ...extra,
        }),
      ),
    );

  it('keeps 5 minutes after the previous event when the gap has room for it', () => {
    expect(gapAfter('10:00')).toEqual(['Mon 09-15 10:05–10:50']);
    // The gap 12:10–13:00 is exactly 50 = 45 + 5: the buffer fits.
    expect(gapAfter('12:10')).toEqual(['Mon 09-15 12:15–13:00']);
    // 12:15–13:00 is exactly 45: no room for the buffer, the slot fills the gap.
    expect(gapAfter('12:15')).toEqual(['Mon 09-15 12:15–13:00']);
    // 12:16–13:00 is 44: nothing.
    expect(gapAfter('12:16')).toEqual([]);
  });

  it('takes the buffer length from the request', () => {
    expect(gapAfter('10:00', 45, { buffer: 0 })).toEqual(['Mon 09-15 10:00–10:45']);
    expect(gapAfter('10:00', 45, { buffer: 10 })).toEqual(['Mon 09-15 10:10–10:55']);
    expect(gapAfter('12:05', 45, { buffer: 10 })).toEqual(['Mon 09-15 12:15–13:00']);
    expect(gapAfter('12:10', 45, { buffer: 10 })).toEqual(['Mon 09-15 12:10–12:55']);
  });

  it('keeps no buffer at the start of the school day or of a partner period', () => {
    expect(show(findSlots(request({ days: [MONDAY], events: [] })))[0]).toBe('Mon 09-15 07:30–08:15');
  });

  it('rounds starts up to 5 minutes when the gap allows, else starts with the gap', () => {
    // Event ends 09:47: 09:47 + 5 = 09:52 → 09:55.
    expect(gapAfter('09:47')).toEqual(['Mon 09-15 09:55–10:40']);
    // 12:12–13:00 (48): 12:17 → 12:20 ends 13:05, too late; 12:15 fits.
    expect(gapAfter('12:12')).toEqual(['Mon 09-15 12:15–13:00']);
    // 12:13–13:00 (47): 12:15 is the next 5 minutes and fits.
    expect(gapAfter('12:13')).toEqual(['Mon 09-15 12:15–13:00']);
    // An odd partner window that is exactly 45 long: the slot keeps its odd start.
    const windows: WeeklyWindow[] = [{ weekday: 1, start: hm('13:03'), end: hm('13:48') }];
    expect(show(findSlots(request({ days: [MONDAY], events: [], partnerWindows: windows })))).toEqual([
      'Mon 09-15 13:03–13:48',
    ]);
  });
});

describe('findSlots: partner windows', () => {
  it('offers only times inside the partner’s free periods, and only on their weekdays', () => {
    const windows: WeeklyWindow[] = [
      { weekday: 2, start: hm('13:00'), end: hm('13:50') }, // Tue: teacher free 11:30–16:00 → 13:00–13:45
      { weekday: 4, start: hm('08:00'), end: hm('09:00') }, // Thu: teacher free only 08:50–09:00 there
    ];
    expect(show(findSlots(request({ partnerWindows: windows, limit: 10 })))).toEqual(['Tue 09-16 13:00–13:45']);
  });

  it('treats an empty list like unknown windows', () => {
    expect(findSlots(request({ partnerWindows: [] }))).toEqual(findSlots(request({})));
  });

  it('offers nothing in windows shorter than the meeting', () => {
    const windows: WeeklyWindow[] = [
      { weekday: 1, start: hm('12:00'), end: hm('12:40') },
      { weekday: 3, start: hm('11:30'), end: hm('12:15') }, // exactly 45, inside the teacher's 11:20–12:15
    ];
    expect(show(findSlots(request({ partnerWindows: windows, limit: 10 })))).toEqual(['Wed 09-17 11:30–12:15']);
    expect(findSlots(request({ partnerWindows: windows, minutes: 60 }))).toEqual([]);
  });

  it('merges overlapping windows and clips them to the school day', () => {
    const windows: WeeklyWindow[] = [
      { weekday: 1, start: hm('11:30'), end: hm('12:00') },
      { weekday: 1, start: hm('11:45'), end: hm('12:30') },
      { weekday: 5, start: hm('06:00'), end: hm('08:00') }, // Fri: only 07:30–08:00 is in the school day
    ];
    expect(show(findSlots(request({ partnerWindows: windows, limit: 10 })))).toEqual(['Mon 09-15 11:30–12:15']);
    expect(show(findSlots(request({ partnerWindows: windows, minutes: 30, limit: 10 })))).toEqual([
      'Mon 09-15 11:30–12:00',
      'Fri 09-19 07:30–08:00',
    ]);
  });

  it('keeps the buffer when the partner is free from the moment the teacher’s event ends', () => {
    const windows: WeeklyWindow[] = [{ weekday: 1, start: hm('11:20'), end: hm('12:30') }];
    expect(show(findSlots(request({ partnerWindows: windows })))).toEqual(['Mon 09-15 11:25–12:10']);
  });

  it('offers one slot per window, not one per possible start', () => {
    const windows: WeeklyWindow[] = [
      { weekday: 5, start: hm('09:00'), end: hm('12:00') },
      { weekday: 5, start: hm('14:00'), end: hm('15:00') },
    ];
    // Fri teacher free 08:50–13:00 and 14:00–16:00. 14:00–15:00 ∩ = 60 (snug, after Co-planning: 14:05);
    // 09:00–12:00 = 180 → 09:00.
    expect(show(findSlots(request({ partnerWindows: windows, limit: 10 })))).toEqual([
      'Fri 09-19 14:05–14:50',
      'Fri 09-19 09:00–09:45',
    ]);
  });
});

describe('findSlots: notBefore, limit, school day', () => {
  it('skips time before notBefore', () => {
    // Wed 09:00: Mon/Tue are past; Wed 08:50–10:30 becomes 09:00–10:30 (90, not snug, no buffer).
    const slots = findSlots(request({ notBefore: { date: '2025-09-17', minute: hm('09:00') } }));
    expect(show(slots)).toEqual([
      'Wed 09-17 11:25–12:10',
      'Thu 09-18 08:55–09:40',
      'Fri 09-19 08:55–09:40',
      'Wed 09-17 09:00–09:45',
      'Fri 09-19 14:05–14:50',
    ]);
    expect(show(findSlots(request({ notBefore: { date: '2025-09-17', minute: hm('09:02') }, limit: 4 })))[3]).toBe(
      'Wed 09-17 09:05–09:50',
    );
    // A moment inside a slot that would have been offered drops that slot, not the rest of the gap.
    expect(show(findSlots(request({ notBefore: { date: '2025-09-19', minute: hm('14:10') } })))).toEqual([
      'Fri 09-19 14:10–14:55',
    ]);
    expect(findSlots(request({ notBefore: { date: '2025-09-19', minute: hm('15:16') } }))).toEqual([]);
    expect(findSlots(request({ notBefore: { date: '2025-09-21', minute: 0 } }))).toEqual([]);
    expect(findSlots(request({ notBefore: { date: '2025-09-01', minute: 0 } }))).toEqual(findSlots(request({})));
  });

  it('stops at the limit', () => {
    expect(show(findSlots(request({ limit: 1 })))).toEqual(['Mon 09-15 09:45–10:30']);
    expect(show(findSlots(request({ limit: 3 })))).toEqual([
      'Mon 09-15 09:45–10:30',
      'Tue 09-16 08:55–09:40',
      'Wed 09-17 11:25–12:10',
    ]);
    expect(findSlots(request({ limit: 0 }))).toEqual([]);
  });

  it('gives a one-day view several slots of that day', () => {
    expect(show(findSlots(request({ days: ['2025-09-17'] })))).toEqual([
      'Wed 09-17 11:25–12:10',
      'Wed 09-17 08:55–09:40',
      'Wed 09-17 12:35–13:20',
    ]);
  });

  it('gives a day a second slot only when the other days have none', () => {
    const busy = ['2025-09-16', '2025-09-17', '2025-09-18'].map((date) => event(date, '07:00', '17:00'));
    const events = [...FIXTURE_EVENTS, ...busy];
    expect(show(findSlots(request({ events })))).toEqual([
      'Mon 09-15 09:45–10:30',
      'Fri 09-19 08:55–09:40',
      'Mon 09-15 11:25–12:10',
      'Fri 09-19 14:05–14:50',
    ]);
  });

  it('follows the school day set in Tandem', () => {
    const schoolDay = { weekdays: [2, 4, 6], start: hm('08:30'), end: hm('15:00') };
    expect(show(findSlots(request({ schoolDay, events: [] })))).toEqual([
      'Tue 09-16 08:30–09:15',
      'Thu 09-18 08:30–09:15',
      'Sat 09-20 08:30–09:15',
    ]);
    // With the fixture events: Tue 08:50–10:00 → 08:55; Thu 08:50–14:00 → 08:55; Sat empty → 08:30.
    expect(show(findSlots(request({ schoolDay })))).toEqual([
      'Tue 09-16 08:55–09:40',
      'Thu 09-18 08:55–09:40',
      'Sat 09-20 08:30–09:15',
      'Tue 09-16 11:35–12:20', // round 2: Tue 11:30–15:00; Thu's 15:30–16:00 is after this school day
    ]);
    expect(findSlots(request({ schoolDay: { weekdays: [1], start: hm('09:00'), end: hm('09:30') } }))).toEqual([]);
  });

  it('accepts days out of order or repeated', () => {
    const days = [...FIXTURE_DAYS].reverse().concat(FIXTURE_DAYS);
    expect(findSlots(request({ days }))).toEqual(findSlots(request({})));
  });

  it('works across a month and year end', () => {
    const days = weekFrom('2025-12-28'); // Sun Dec 28 … Sat Jan 3
    expect(show(findSlots(request({ days, events: [event('2025-12-31', '07:30', '16:00')] })))).toEqual([
      'Mon 12-29 07:30–08:15',
      'Tue 12-30 07:30–08:15',
      'Thu 01-01 07:30–08:15',
      'Fri 01-02 07:30–08:15',
    ]);
  });
});

describe('findSlots ranking rule', () => {
  const rank = (events: BusyEvent[], minutes = 45) =>
    show(findSlots(request({ days: [MONDAY], events, minutes, limit: 10 })));

  it('puts a free period the meeting fills snugly before a long one it would cut into', () => {
    // Free 07:30–09:30 (120) and 12:00–12:50 (50 → 12:05–12:50, nothing left over).
    expect(rank([event(MONDAY, '09:30', '12:00'), event(MONDAY, '12:50', '16:00')])).toEqual([
      'Mon 09-15 12:05–12:50',
      'Mon 09-15 07:30–08:15',
    ]);
  });

  it('counts at most 15 minutes left over as snug', () => {
    // 12:00–13:00 is 60 for 45 → 15 left: snug, first.
    expect(rank([event(MONDAY, '09:30', '12:00'), event(MONDAY, '13:00', '16:00')])[0]).toBe('Mon 09-15 12:05–12:50');
    // 12:00–13:05 is 65 → 20 left: not snug, so the earlier slot wins.
    expect(rank([event(MONDAY, '09:30', '12:00'), event(MONDAY, '13:05', '16:00')])[0]).toBe('Mon 09-15 07:30–08:15');
  });

  it('orders equally good slots by time', () => {
    expect(
      rank([event(MONDAY, '08:15', '10:00'), event(MONDAY, '10:45', '12:00'), event(MONDAY, '12:45', '16:00')]),
    ).toEqual(['Mon 09-15 07:30–08:15', 'Mon 09-15 10:00–10:45', 'Mon 09-15 12:00–12:45']);
  });

  it('prefers an earlier day to a snugger slot later in the week', () => {
    const events = [event('2025-09-16', '07:30', '09:00'), event('2025-09-16', '09:45', '16:00')];
    expect(show(findSlots(request({ days: [MONDAY, '2025-09-16'], events, limit: 2 })))).toEqual([
      'Mon 09-15 07:30–08:15',
      'Tue 09-16 09:00–09:45',
    ]);
  });
});
