import '../db/test-db';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../../utils/backup/export';
import { type BackupData, type BackupFile, emptyData, type PartnerScope } from '../../../utils/backup/format';
import { importBackup, previewImport } from '../../../utils/backup/import';
import { partnerRecords } from '../../../utils/backup/partner-file';
import { mergePartnerFile } from '../../../utils/backup/partner-merge';
import { seed } from '../backup/helpers';
import { BLOCK, LOST, SETTINGS } from '../backup/sample';
import { freshDatabase } from '../db/test-db';
import { MARCUS, teacherData } from './sample';

const SCOPE: PartnerScope = {
  kind: 'partner',
  personId: MARCUS.id,
  personName: 'Marcus Lee',
  sharedBy: 'Ms. Diaz',
  includesNotes: true,
};

/** Marcus's partner file as Ms. Diaz's Tandem makes it on `day`. */
function partnerFile(day: string, data = teacherData()): BackupFile & { scope: PartnerScope } {
  const exportedAt = new Date(`${day}T15:00:00.000Z`);
  const records = partnerRecords(data, { personId: MARCUS.id, includeNotes: true, sharedBy: 'Ms. Diaz', exportedAt });
  return { format: 'tandem-backup', version: 4, exportedAt: exportedAt.toISOString(), scope: SCOPE, records };
}

/** Marcus's own Tandem before any partner file: his settings, a planning block and its lost time. */
function receiverData(): BackupData {
  return { ...emptyData(), blocks: [BLOCK], lost: [LOST], settings: [{ ...SETTINGS, myName: 'Marcus' }] };
}

describe('mergePartnerFile', () => {
  it('adds everything of a first file, every plan marked shared', () => {
    const { preview, writes } = mergePartnerFile(receiverData(), partnerFile('2026-09-14'));
    expect(writes.plans.map((plan) => [plan.id, plan.sharedBy?.name])).toEqual([
      ['plan:111:1', 'Ms. Diaz'],
      ['plan:222:2', 'Ms. Diaz'],
    ]);
    expect(preview.conflicts).toEqual([]);
    expect(writes.settings).toEqual([]);
  });

  it('a newer file replaces an older shared plan; an unchanged plan with a newer mark is unchanged', () => {
    const older = partnerFile('2026-09-14');
    const here = { ...receiverData(), ...older.records, settings: receiverData().settings };
    const data = teacherData();
    data.plans = data.plans.map((plan, index) =>
      index === 0 ? { ...plan, goal: 'Measure volume', updatedAt: '2026-09-20T10:00:00.000Z' } : plan,
    );
    const { preview, writes } = mergePartnerFile(here, partnerFile('2026-09-21', data));
    expect(writes.plans.map((plan) => [plan.id, plan.goal, plan.sharedBy?.at])).toEqual([
      ['plan:111:1', 'Measure volume', '2026-09-21T15:00:00.000Z'],
    ]);
    expect(preview.tables.plans).toEqual({ added: 0, updated: 1, kept: 0, unchanged: 1 });
  });

  it('never replaces a plan the receiver made their own, even an older one: kept, listed as their own copy', () => {
    const older = partnerFile('2026-09-14');
    const [first] = older.records.plans;
    if (!first) throw new Error('no plan');
    const { sharedBy: _mark, ...mine } = { ...first, goal: 'My own version' };
    const here = { ...receiverData(), plans: [mine] };
    const data = teacherData();
    data.plans = data.plans.map((plan, index) =>
      index === 0 ? { ...plan, goal: 'Newer from Ms. Diaz', updatedAt: '2027-01-01T00:00:00.000Z' } : plan,
    );
    const { preview, writes } = mergePartnerFile(here, partnerFile('2027-01-02', data));
    expect(writes.plans.map((plan) => plan.id)).toEqual(['plan:222:2']);
    expect(preview.tables.plans).toEqual({ added: 1, updated: 0, kept: 1, unchanged: 0 });
    expect(preview.conflicts).toEqual([
      { table: 'plans', id: 'plan:111:1', label: 'Lesson 1', winner: 'yours', reason: 'own-copy' },
    ]);
  });

  it('a forged partner file with settings, blocks, lost time or unmarked plans brings none of those in as they are', () => {
    const file = partnerFile('2026-09-14');
    file.records.settings = [{ ...SETTINGS, myName: 'Forged', updatedAt: '2030-01-01T00:00:00.000Z' }];
    file.records.blocks = [{ ...BLOCK, id: 'block:forged' }];
    file.records.lost = [{ ...LOST, id: 'lost:forged' }];
    file.records.plans = file.records.plans.map(({ sharedBy: _mark, ...plan }) => plan);
    const { preview, writes } = mergePartnerFile(receiverData(), file);
    expect([writes.settings, writes.blocks, writes.lost]).toEqual([[], [], []]);
    expect(writes.plans.every((plan) => plan.sharedBy?.name === 'Ms. Diaz')).toBe(true);
    expect(preview.incomingTotal).toBe(
      file.records.people.length +
        file.records.plans.length +
        file.records.classMeetings.length +
        file.records.notes.length,
    );
  });
});

describe('importing a partner file', () => {
  it("merges by the partner rules, keeps the receiver's settings and blocks, and refuses Replace everything", async () => {
    const db = freshDatabase();
    await seed(db, receiverData());
    const file = partnerFile('2026-09-14');
    const preview = await previewImport(db, file, 'merge');
    expect(preview.tables.plans.added).toBe(2);
    await expect(previewImport(db, file, 'replace')).rejects.toThrow('partner file');
    await expect(importBackup(db, file, 'replace')).rejects.toThrow('partner file');
    expect((await readAll(db)).plans).toEqual([]);

    await importBackup(db, file, 'merge');
    const after = await readAll(db);
    expect(after.plans.map((plan) => plan.id).sort()).toEqual(['plan:111:1', 'plan:222:2']);
    expect(after.settings[0]?.myName).toBe('Marcus');
    expect(after.blocks.map((block) => block.id)).toEqual([BLOCK.id]);
  });
});
