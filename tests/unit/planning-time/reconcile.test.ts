import { describe, expect, it } from 'vitest';
import { type ReconcileInput, type ReconcileResult, reconcileWeek } from '../../../utils/planning-time/reconcile';
import { type LostOccurrence, lostOccurrenceId, type PlanningBlock } from '../../../utils/schema/calendar';
import { FIXTURE_DAYS, hm, weekFrom } from './week-fixture';

const STAMP = '2025-09-01T12:00:00.000Z';

const block = (id: string, overrides: Partial<PlanningBlock> = {}): PlanningBlock => ({
  id,
  uid: `${id}@tandem`,
  partnerId: 'person-marcus',
  title: 'Co-planning: Dana Rivera + Marcus Lee',
  firstDate: '2025-09-02', // Tuesdays
  start: hm('13:00'),
  end: hm('13:45'),
  repeat: 'weekly',
  timeZone: 'America/New_York',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...overrides,
});
const lostRecord = (blockId: string, date: string, minutes = 45): LostOccurrence => ({
  id: lostOccurrenceId(blockId, date),
  blockId,
  date,
  minutes,
  createdAt: STAMP,
  updatedAt: STAMP,
});

const TUESDAY = '2025-09-16';
const THURSDAY = '2025-09-18';

/** What the background does with a result (utils/db/blocks.ts), for the idempotency checks. */
function apply(input: ReconcileInput & { blocks: PlanningBlock[]; lost: LostOccurrence[] }, result: ReconcileResult) {
  return {
    ...input,
    blocks: input.blocks.map((b) => (result.seen.includes(b.id) ? { ...b, seenAt: '2025-09-19T15:00:00.000Z' } : b)),
    lost: [
      ...input.lost.filter((record) => !result.restore.includes(record.id)),
      ...result.lose.map(({ blockId, date, minutes }) => lostRecord(blockId, date, minutes)),
    ],
  };
}

const NOTHING: ReconcileResult = { seen: [], lose: [], restore: [] };

describe('reconcileWeek', () => {
  it('marks a block seen the first time its chip is recognised, and loses nothing', () => {
    const input = {
      blocks: [block('b1')],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { [TUESDAY]: ['b1'] },
      lost: [],
    };
    expect(reconcileWeek(input)).toEqual({ seen: ['b1'], lose: [], restore: [] });
  });

  it('reports seen only while seenAt is unset', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { [TUESDAY]: ['b1'] },
      lost: [],
    };
    expect(reconcileWeek(input)).toEqual(NOTHING);
  });

  it('never loses an occurrence of a block that was not seen yet', () => {
    // The teacher opened Calendar's editor from Tandem but has not saved the event (or saved it elsewhere).
    const input = { blocks: [block('b1')], visibleDays: FIXTURE_DAYS, presentBlockIdsByDate: {}, lost: [] };
    expect(reconcileWeek(input)).toEqual(NOTHING);
  });

  it('loses the missing occurrence of a block seen before, with its length in minutes', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: {},
      lost: [],
    };
    expect(reconcileWeek(input)).toEqual({
      seen: [],
      lose: [{ blockId: 'b1', date: TUESDAY, minutes: 45 }],
      restore: [],
    });
  });

  it('loses an occurrence when the block is seen on another visible day of the same grid', () => {
    // A two-week grid: the chip is there on Tue Sep 23 but missing on Tue Sep 16.
    const twoWeeks = [...weekFrom('2025-09-14'), ...weekFrom('2025-09-21')];
    const input = {
      blocks: [block('b1')], // never seen before
      visibleDays: twoWeeks,
      presentBlockIdsByDate: new Map([['2025-09-23', new Set(['b1'])]]),
      lost: [],
    };
    expect(reconcileWeek(input)).toEqual({
      seen: ['b1'],
      lose: [{ blockId: 'b1', date: TUESDAY, minutes: 45 }],
      restore: [],
    });
  });

  it('judges only occurrence dates that are visible', () => {
    const input = {
      blocks: [
        block('weekly', { seenAt: STAMP }),
        block('biweekly', { seenAt: STAMP, repeat: 'biweekly', firstDate: '2025-09-09' }), // Sep 9, 23: not this week
        block('once', { seenAt: STAMP, repeat: 'once', firstDate: THURSDAY, start: hm('14:00'), end: hm('15:00') }),
        block('future', { seenAt: STAMP, firstDate: '2025-09-23' }),
      ],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: {},
      lost: [],
    };
    expect(reconcileWeek(input).lose).toEqual([
      { blockId: 'weekly', date: TUESDAY, minutes: 45 },
      { blockId: 'once', date: THURSDAY, minutes: 60 },
    ]);
    // A one-day view of Monday judges nothing.
    expect(reconcileWeek({ ...input, visibleDays: ['2025-09-15'] })).toEqual(NOTHING);
  });

  it('records each lost occurrence once', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: {},
      lost: [lostRecord('b1', TUESDAY)],
    };
    expect(reconcileWeek(input)).toEqual(NOTHING);
  });

  it('restores a lost occurrence whose chip is back', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { [TUESDAY]: new Set(['b1']) },
      lost: [lostRecord('b1', TUESDAY), lostRecord('b1', '2025-09-09')],
    };
    // Sep 9 is not visible: its record stays.
    expect(reconcileWeek(input)).toEqual({ seen: [], lose: [], restore: [lostOccurrenceId('b1', TUESDAY)] });
  });

  it('counts presence per day: a chip on the wrong day does not cover the occurrence', () => {
    // The teacher dragged this week's meeting from Tuesday to Wednesday. The Wednesday chip still says the
    // block exists (matchBlocks would not report it, since Wednesday is not an occurrence date, but if it did)
    // and the Tuesday occurrence is gone.
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { '2025-09-17': ['b1'] },
      lost: [],
    };
    expect(reconcileWeek(input).lose).toEqual([{ blockId: 'b1', date: TUESDAY, minutes: 45 }]);
  });

  it('ignores presence on days that are not visible', () => {
    const input = {
      blocks: [block('b1')],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { '2025-09-23': ['b1'] },
      lost: [],
    };
    expect(reconcileWeek(input)).toEqual(NOTHING);
  });

  it('handles several blocks independently', () => {
    const input = {
      blocks: [
        block('kept', { seenAt: STAMP }),
        block('dropped', { seenAt: STAMP, firstDate: '2025-09-04', start: hm('08:00'), end: hm('08:30') }), // Thu
        block('new', { firstDate: '2025-09-05' }), // Fri, seen now for the first time
        block('pending', { firstDate: '2025-09-15' }), // Mon, never saved
      ],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: { [TUESDAY]: ['kept'], '2025-09-19': ['new'] },
      lost: [lostRecord('kept', TUESDAY), lostRecord('dropped', '2025-09-11', 30)],
    };
    expect(reconcileWeek(input)).toEqual({
      seen: ['new'],
      lose: [{ blockId: 'dropped', date: THURSDAY, minutes: 30 }],
      restore: [lostOccurrenceId('kept', TUESDAY)],
    });
  });

  it('with now, does not judge occurrences that have not ended yet', () => {
    const input = {
      blocks: [block('tue', { seenAt: STAMP }), block('thu', { seenAt: STAMP, firstDate: '2025-09-04' })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: {},
      lost: [],
    };
    const lostOn = (now: { date: string; minute: number }) => reconcileWeek({ ...input, now }).lose.map((l) => l.date);
    expect(lostOn({ date: '2025-09-15', minute: hm('12:00') })).toEqual([]);
    expect(lostOn({ date: TUESDAY, minute: hm('13:44') })).toEqual([]); // still running
    expect(lostOn({ date: TUESDAY, minute: hm('13:45') })).toEqual([TUESDAY]);
    expect(lostOn({ date: '2025-09-17', minute: 0 })).toEqual([TUESDAY]);
    expect(lostOn({ date: '2025-09-22', minute: 0 })).toEqual([TUESDAY, THURSDAY]);
    // Without now, every visible occurrence is judged.
    expect(reconcileWeek(input).lose.map((l) => l.date)).toEqual([TUESDAY, THURSDAY]);
  });

  it('treats visible days in any order, repeated, once', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: [...FIXTURE_DAYS, ...FIXTURE_DAYS].reverse(),
      presentBlockIdsByDate: {},
      lost: [],
    };
    expect(reconcileWeek(input).lose).toEqual([{ blockId: 'b1', date: TUESDAY, minutes: 45 }]);
  });

  it('is idempotent: applying the result and reconciling the same grid again yields nothing', () => {
    const twoWeeks = [...weekFrom('2025-09-14'), ...weekFrom('2025-09-21')];
    const scenarios: Array<ReconcileInput & { blocks: PlanningBlock[]; lost: LostOccurrence[] }> = [
      {
        blocks: [block('b1'), block('b2', { seenAt: STAMP, firstDate: '2025-09-04' }), block('b3')],
        visibleDays: twoWeeks,
        presentBlockIdsByDate: { '2025-09-23': ['b1'], [THURSDAY]: ['b2'] },
        lost: [lostRecord('b2', THURSDAY, 45)],
      },
      {
        blocks: [block('b1', { seenAt: STAMP }), block('b2', { repeat: 'biweekly' })],
        visibleDays: FIXTURE_DAYS,
        presentBlockIdsByDate: {},
        lost: [],
      },
    ];
    for (const input of scenarios) {
      const first = reconcileWeek(input);
      expect(first).not.toEqual(NOTHING);
      const applied = apply(input, first);
      expect(reconcileWeek(applied)).toEqual(NOTHING);
      // And calling it twice on the same input gives the same answer (pure).
      expect(reconcileWeek(input)).toEqual(first);
    }
  });

  it('recognises an existing record by block and date even when its id differs', () => {
    const input = {
      blocks: [block('b1', { seenAt: STAMP })],
      visibleDays: FIXTURE_DAYS,
      presentBlockIdsByDate: {},
      lost: [{ ...lostRecord('b1', TUESDAY), id: 'imported-record' }],
    };
    expect(reconcileWeek(input)).toEqual(NOTHING);
  });
});
