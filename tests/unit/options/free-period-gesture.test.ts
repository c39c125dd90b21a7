import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../components/options/free-period-cells';
import {
  applyGesture,
  type GridPlace,
  gestureAction,
  shownMarked,
  spanBetween,
  spanKeys,
} from '../../../components/options/free-period-gesture';

// The grid of the options page: Monday–Friday across (columns 0–4), half hours from 7:30 down (row 0 is
// 7:30, row 11 is 13:00).
const WEEKDAYS = [1, 2, 3, 4, 5];
const keyAt = (place: GridPlace) => cellKey(WEEKDAYS[place.column] ?? 0, 450 + place.row * 30);
const at = (row: number, column: number): GridPlace => ({ row, column });

describe('spanBetween and spanKeys: the rectangle between the anchor and the current cell', () => {
  it.each([
    { case: 'one cell', anchor: at(11, 1), current: at(11, 1), keys: ['2@780'] },
    { case: 'down one column', anchor: at(11, 1), current: at(13, 1), keys: ['2@780', '2@810', '2@840'] },
    {
      case: 'up one column (dragged backwards)',
      anchor: at(13, 1),
      current: at(11, 1),
      keys: ['2@780', '2@810', '2@840'],
    },
    { case: 'along one row', anchor: at(11, 0), current: at(11, 2), keys: ['1@780', '2@780', '3@780'] },
    {
      case: 'Monday 1:00 to Friday 2:30 (the week)',
      anchor: at(11, 0),
      current: at(14, 4),
      keys: WEEKDAYS.flatMap((day) => [780, 810, 840, 870].map((start) => `${day}@${start}`)),
    },
    {
      case: 'corner to corner the other way',
      anchor: at(12, 2),
      current: at(11, 1),
      keys: ['2@780', '2@810', '3@780', '3@810'],
    },
  ])('$case', ({ anchor, current, keys }) => {
    expect(spanKeys(spanBetween(anchor, current), keyAt)).toEqual(keys);
  });
});

describe('gestureAction: the first cell decides', () => {
  it.each([
    { anchorMarked: false, action: 'mark' },
    { anchorMarked: true, action: 'clear' },
  ])('an anchor cell marked=$anchorMarked → $action', ({ anchorMarked, action }) => {
    expect(gestureAction(anchorMarked)).toBe(action);
  });
});

describe('applyGesture', () => {
  const before = new Set([cellKey(2, 780), cellKey(2, 840)]);
  const span = spanBetween(at(11, 1), at(13, 1)); // Tuesday 13:00–14:30
  it.each([
    { case: 'mark fills the gaps, keeps the rest', action: 'mark' as const, after: ['2@780', '2@840', '2@810'] },
    { case: 'clear empties the span, even cells already free', action: 'clear' as const, after: [] },
  ])('$case', ({ action, after }) => {
    expect([...applyGesture(before, spanKeys(span, keyAt), action)]).toEqual(after);
    expect([...before]).toEqual(['2@780', '2@840']); // the old set is not changed
  });

  it('leaves cells outside the span alone', () => {
    const outside = new Set([cellKey(5, 450)]);
    expect([...applyGesture(outside, spanKeys(span, keyAt), 'clear')]).toEqual(['5@450']);
  });
});

describe('shownMarked: a drag shows its result live', () => {
  const gesture = { span: spanBetween(at(11, 0), at(12, 1)), action: 'clear' as const };
  it.each([
    { case: 'no gesture: as stored', marked: true, place: at(11, 0), gesture: null, shown: true },
    { case: 'inside a clearing drag', marked: true, place: at(12, 1), gesture, shown: false },
    { case: 'outside a clearing drag', marked: true, place: at(13, 1), gesture, shown: true },
    {
      case: 'inside a marking drag',
      marked: false,
      place: at(11, 1),
      gesture: { ...gesture, action: 'mark' as const },
      shown: true,
    },
  ])('$case', ({ marked, place, gesture, shown }) => {
    expect(shownMarked(marked, place, gesture)).toBe(shown);
  });
});
