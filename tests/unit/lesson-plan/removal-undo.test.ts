import { describe, expect, it } from 'vitest';
import { removeAt, restoreRemoval } from '../../../components/lesson-plan/removal-undo';
import type { Material, Phase, Station, Support } from '../../../utils/schema/plan';

// Undo of a removed row in the plan editor (components/lesson-plan/RemovalUndo.tsx): the item comes back
// whole at its place, or at the same index when the list changed meanwhile; never twice, never past the limit.

const station = (id: string, name: string): Station => ({ id, name, leader: 'person:1', minutes: 12 });
const stations = [station('s1', 'Read'), station('s2', 'Measure volume'), station('s3', 'Graph')];
const supports: Support[] = [
  { personId: 'p1', role: 'circulate' },
  { personId: 'p2', role: 'lead-station' },
];
const phases: Phase[] = [
  { phase: 'opening', model: 'stations', supports: [{ personId: 'p1', role: 'circulate' }] },
  { phase: 'practice', model: null, supports: [] },
];
const materials: Material[] = [
  { id: 'm1', what: 'Rulers', owner: 'teacher' },
  { id: 'm2', what: '', owner: 'p1' },
];

type Case = { name: string; list: readonly unknown[]; index: number; keyOf?: (item: never) => string };
// Each case pairs a list with the identity of its own items; the table loses that pairing, hence the casts.
type AnyKey = (item: unknown) => string;
const cases: Case[] = [
  { name: 'station at the start', list: stations, index: 0, keyOf: (s: Station) => s.id },
  { name: 'station in the middle', list: stations, index: 1, keyOf: (s: Station) => s.id },
  { name: 'station at the end', list: stations, index: 2, keyOf: (s: Station) => s.id },
  { name: 'adult at the start', list: supports, index: 0, keyOf: (s: Support) => s.personId },
  { name: 'adult at the end', list: supports, index: 1, keyOf: (s: Support) => s.personId },
  { name: 'phase with its roles', list: phases, index: 0, keyOf: (p: Phase) => p.phase },
  { name: 'phase at the end', list: phases, index: 1, keyOf: (p: Phase) => p.phase },
  { name: 'material not described yet', list: materials, index: 1, keyOf: (m: Material) => m.id },
  { name: 'a taught day (no identity)', list: ['2026-12-08', '2026-12-10', '2026-12-08'], index: 2 },
];

describe('removeAt and restoreRemoval', () => {
  it.each(cases)('$name comes back whole, at its place', ({ list, index, keyOf }) => {
    const removed = removeAt(list, index);
    expect(removed?.list).toEqual(list.filter((_, i) => i !== index));
    expect(removed?.removal).toEqual({ item: list[index], index });
    const restored =
      removed && restoreRemoval(removed.list, removed.removal, { max: 20, keyOf: keyOf as AnyKey | undefined });
    expect(restored).toEqual(list);
    expect(restored?.[index]).toBe(list[index]);
  });

  it('after another edit of the list, goes back at the same index, or at the end of a shorter list', () => {
    const removed = removeAt(stations, 1);
    if (!removed) throw new Error('no removal');
    const keyOf = (s: Station) => s.id;
    const edited = [station('s9', 'New'), ...removed.list];
    expect(restoreRemoval(edited, removed.removal, { max: 12, keyOf })?.map(keyOf)).toEqual(['s9', 's2', 's1', 's3']);
    expect(restoreRemoval([], removed.removal, { max: 12, keyOf })?.map(keyOf)).toEqual(['s2']);
    const fromEnd = removeAt(stations, 2);
    if (!fromEnd) throw new Error('no removal');
    expect(restoreRemoval([stations[0] as Station], fromEnd.removal, { max: 12, keyOf })?.map(keyOf)).toEqual([
      's1',
      's3',
    ]);
  });

  it('is not offered when the item is back already or the list is full', () => {
    const removed = removeAt(supports, 0);
    if (!removed) throw new Error('no removal');
    const keyOf = (s: Support) => s.personId;
    // The same adult added again meanwhile (with another role): putting them back would list them twice.
    const again: Support[] = [...removed.list, { personId: 'p1', role: 'small-group' }];
    expect(restoreRemoval(again, removed.removal, { max: 20, keyOf })).toBeNull();
    expect(restoreRemoval(removed.list, removed.removal, { max: 1, keyOf })).toBeNull();
    // Days may repeat: without an identity, only the limit counts.
    const day = removeAt(['2026-12-08', '2026-12-08'], 0);
    expect(day && restoreRemoval(day.list, day.removal, { max: 10 })).toEqual(['2026-12-08', '2026-12-08']);
  });

  it('removes nothing outside the list', () => {
    expect(removeAt(stations, 3)).toBeNull();
    expect(removeAt(stations, -1)).toBeNull();
  });
});
