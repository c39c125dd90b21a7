import { describe, expect, it } from 'vitest';
import { emptyData } from '../../../utils/backup/format';
import { mergeRecords } from '../../../utils/backup/merge';
import type { Person } from '../../../utils/schema/person';
import { ANA, BLOCK, LAB_PLAN, LOST, MARCUS, SETTINGS, sampleData, sampleNote } from './sample';

const later = (record: { updatedAt: string }, minutes: number) =>
  new Date(Date.parse(record.updatedAt) + minutes * 60_000).toISOString();

describe('mergeRecords', () => {
  it('adds, updates, keeps and leaves unchanged record by record, newer updatedAt winning', () => {
    const zoe: Person = { ...ANA, id: 'person:zoe', name: 'Zoe Park' };
    const sam: Person = { ...ANA, id: 'person:sam', name: 'Sam Ito' };
    const existing = { ...emptyData(), people: [MARCUS, ANA, zoe, sam] };
    // Same content, keys in another order: unchanged, not a conflict.
    const marcusReordered = Object.fromEntries(Object.entries(MARCUS).reverse()) as Person;
    const anaNewer = { ...ANA, strengths: 'AAC, visual schedules', updatedAt: later(ANA, 5) };
    const zoeOlder = { ...zoe, name: 'Zoe P.', updatedAt: later(zoe, -5) };
    const samSameTime = { ...sam, archived: true };
    const newcomer = { ...ANA, id: 'person:kim', name: 'Kim Obi' };
    const incoming = { ...emptyData(), people: [marcusReordered, anaNewer, zoeOlder, samSameTime, newcomer] };

    const { preview, writes } = mergeRecords(existing, incoming);

    expect(preview.tables.people).toEqual({ added: 1, updated: 1, kept: 2, unchanged: 1 });
    expect(writes.people).toEqual([anaNewer, newcomer]);
    expect(preview.conflicts).toEqual([
      { table: 'people', id: ANA.id, label: 'Ana Ruiz', winner: 'theirs' },
      { table: 'people', id: zoe.id, label: 'Zoe Park', winner: 'yours' },
      { table: 'people', id: sam.id, label: 'Sam Ito', winner: 'yours' },
    ]);
    expect(preview.incomingTotal).toBe(5);
    expect(preview.existingTotal).toBe(4);
    expect(preview.tables.notes).toEqual({ added: 0, updated: 0, kept: 0, unchanged: 0 });
  });

  it('compares times as instants, so the same moment written differently is a tie that keeps yours', () => {
    const mine = { ...MARCUS, updatedAt: '2025-09-02T12:00:00Z' };
    const theirs = { ...MARCUS, name: 'Marcus L.', updatedAt: '2025-09-02T12:00:00.000Z' };
    const { preview, writes } = mergeRecords({ ...emptyData(), people: [mine] }, { ...emptyData(), people: [theirs] });
    expect(preview.tables.people.kept).toBe(1);
    expect(writes.people).toEqual([]);
  });

  it('leaves records only this side has alone', () => {
    const existing = sampleData();
    const { preview, writes } = mergeRecords(existing, emptyData());
    expect(writes).toEqual(emptyData());
    expect(preview.conflicts).toEqual([]);
    expect(preview.existingTotal).toBe(11);
  });

  it('labels conflicts the way a teacher recognises them', () => {
    const existing = sampleData();
    const long = sampleNote(9, { text: `${'🍎'.repeat(59)}👩🏽‍🏫 and then the rest of a long note` });
    existing.notes.push(long);
    const incoming = sampleData();
    const newer = <T extends { updatedAt: string }>(record: T): T => ({ ...record, updatedAt: later(record, 60) });
    incoming.plans = [{ ...newer(LAB_PLAN), goal: 'Measure density' }];
    incoming.notes = [{ ...newer(long), done: true }];
    incoming.blocks = [{ ...newer(BLOCK), end: 840 }];
    incoming.lost = [{ ...newer(LOST), minutes: 30 }];
    incoming.settings = [{ ...newer(SETTINGS), myName: 'Ms. D' }];
    const labels = mergeRecords(existing, incoming).preview.conflicts.map((conflict) => [
      conflict.table,
      conflict.label,
    ]);
    expect(labels).toEqual([
      ['plans', 'Lab Report: Density of Liquids'],
      // The first 60 characters as a reader counts them: the teacher emoji (4 code points) stays whole.
      ['notes', `${'🍎'.repeat(59)}👩🏽‍🏫…`],
      ['blocks', 'Co-planning: Marcus'],
      ['lost', 'Co-planning: Marcus · 2025-09-23'],
      ['settings', 'Ms. Diaz'],
    ]);
  });

  it('keeps your own settings even when the file has newer ones, and takes them when you have none', () => {
    const theirs = { ...SETTINGS, myName: 'Ms. Partner', updatedAt: later(SETTINGS, 60) };
    const handover = mergeRecords({ ...emptyData(), settings: [SETTINGS] }, { ...emptyData(), settings: [theirs] });
    expect(handover.writes.settings).toEqual([]);
    expect(handover.preview.tables.settings).toEqual({ added: 0, updated: 0, kept: 1, unchanged: 0 });
    expect(handover.preview.conflicts).toEqual([
      { table: 'settings', id: 'settings', label: 'Ms. Diaz', winner: 'yours' },
    ]);
    const freshBrowser = mergeRecords(emptyData(), { ...emptyData(), settings: [theirs] });
    expect(freshBrowser.writes.settings).toEqual([theirs]);
  });
});
