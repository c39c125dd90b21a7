import '../db/test-db';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupJson, exportBackup, readAll } from '../../../utils/backup/export';
import { type BackupData, type BackupFile, emptyData } from '../../../utils/backup/format';
import { importBackup, previewImport } from '../../../utils/backup/import';
import { parseBackup } from '../../../utils/backup/parse';
import { deleteAllData, listSnapshots, MAX_SNAPSHOTS, restoreSnapshot } from '../../../utils/backup/snapshots';
import { WRITE_CHUNK } from '../../../utils/backup/write';
import { noteRow } from '../../../utils/db/note-rows';
import { freshDatabase } from '../db/test-db';
import { projectRoot } from '../source-files';
import { everything, expectUnchanged, seed, sortedById } from './helpers';
import { ANA, MARCUS, sampleData, sampleNote } from './sample';

function fileOf(records: BackupData): BackupFile {
  return { format: 'tandem-backup', version: 4, exportedAt: '2025-10-01T12:00:00.000Z', records };
}

function manyNotes(count: number, prefix = 'bulk') {
  return Array.from({ length: count }, (_, n) =>
    sampleNote(n, { id: `note:${prefix}:${n}`, text: `Note ${n} about group ${n % 7} 🙂` }),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('importBackup, merge', () => {
  it('writes what the preview announced, and only that', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const incoming = sampleData();
    const anaNewer = { ...ANA, name: 'Ana Ruiz-Soto', updatedAt: '2025-10-01T00:00:00.000Z' };
    const marcusOlder = { ...MARCUS, name: 'M. Lee', updatedAt: '2025-08-01T00:00:00.000Z' };
    incoming.people = [marcusOlder, anaNewer];
    incoming.notes.push(sampleNote(4, { text: 'A new note from the file' }));

    const before = await everything(db);
    const preview = await previewImport(db, fileOf(incoming), 'merge');
    await expectUnchanged(db, before); // a preview writes nothing
    expect(preview.tables.people).toEqual({ added: 0, updated: 1, kept: 1, unchanged: 0 });
    expect(preview.tables.notes).toEqual({ added: 1, updated: 0, kept: 0, unchanged: 3 });
    expect(preview.conflicts.map(({ id, winner }) => [id, winner])).toEqual([
      [MARCUS.id, 'yours'],
      [ANA.id, 'theirs'],
    ]);

    const result = await importBackup(db, fileOf(incoming), 'merge');
    expect(result.preview).toEqual(preview);
    expect(result.snapshotId).toBeUndefined();
    expect(await db.people.get(ANA.id)).toEqual(anaNewer);
    expect(await db.people.get(MARCUS.id)).toEqual(MARCUS);
    expect(await db.notes.count()).toBe(4);
    expect((await db.notes.get('note:4'))?.words).toEqual(['a', 'new', 'note', 'from', 'the', 'file']);
    expect(await db.snapshots.count()).toBe(0);
  });

  it("hands a partner's plans and people over into a different database", async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const mine = await readAll(db);
    const text = readFileSync(join(projectRoot, 'tests/fixtures/backups/partner-handover.json'), 'utf8');
    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));

    const { preview } = await importBackup(db, parsed.file, 'merge');

    expect(preview.tables.plans.added).toBe(1);
    expect(preview.tables.people.added).toBe(2);
    const after = await readAll(db);
    expect(after.plans.map((plan) => plan.lesson.title).sort()).toEqual([
      'Buoyancy: Sink or Float?',
      'Lab Report: Density of Liquids',
    ]);
    expect(after.people.map((person) => person.name).sort()).toEqual([
      'Ana Ruiz',
      'Carmen Diaz',
      'Dr. Okafor',
      'Marcus Lee',
    ]);
    // Everything that was here is still here, untouched; their older settings did not replace mine.
    for (const record of [...mine.people, ...mine.plans, ...mine.notes, ...mine.settings]) {
      expect(JSON.stringify(after).includes(JSON.stringify(record))).toBe(true);
    }
    expect(after.settings[0]?.myName).toBe('Ms. Diaz');
    expect(preview.conflicts).toEqual([{ table: 'settings', id: 'settings', label: 'Ms. Diaz', winner: 'yours' }]);
    // The handed-over note shows in the lesson's panel: its lesson index was built.
    expect(
      await db.notes
        .where('[lessonKey+createdAt]')
        .between(['638595247147:638600777777', ''], ['638595247147:638600777777', '\uffff'])
        .count(),
    ).toBe(1);
  });
});

describe('importBackup, replace', () => {
  it('stores an exact, restorable snapshot of the data it replaces', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const before = await readAll(db);
    const incoming = { ...emptyData(), people: [{ ...ANA, id: 'person:other' }], notes: manyNotes(3) };

    const preview = await previewImport(db, fileOf(incoming), 'replace');
    expect(preview.existingTotal).toBe(11);
    expect(preview.incomingTotal).toBe(4);
    expect(preview.tables.notes).toEqual({ added: 3, updated: 0, kept: 0, unchanged: 0 });

    const { snapshotId } = await importBackup(db, fileOf(incoming), 'replace');
    expect(sortedById(await readAll(db))).toEqual(sortedById(incoming));

    const [info, ...older] = await listSnapshots(db);
    expect(older).toEqual([]);
    expect(info).toEqual({
      id: snapshotId,
      createdAt: expect.any(String),
      reason: 'before-replace',
      counts: { people: 2, plans: 1, classMeetings: 1, templates: 1, notes: 3, blocks: 1, lost: 1, settings: 1 },
    });
    expect('json' in (info as object)).toBe(false);
    const stored = await db.snapshots.get(snapshotId as string);
    expect(stored?.json).toBe(backupJson(before, new Date(stored?.createdAt as string)));

    await restoreSnapshot(db, snapshotId as string);
    expect(sortedById(await readAll(db))).toEqual(sortedById(before));
    expect((await db.notes.get('note:1'))?.lessonKey).toBe('638595247147:638600123456');
  });

  it('keeps the data a restore replaces as a snapshot of its own, so the restore can be undone', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const { snapshotId } = await importBackup(db, fileOf({ ...emptyData(), notes: manyNotes(2) }), 'replace');
    // Weeks of work after the replace, then the old snapshot is restored (by mistake, or on purpose).
    await db.notes.bulkPut(manyNotes(3, 'later').map(noteRow));
    const current = await readAll(db);

    const undo = await restoreSnapshot(db, snapshotId as string);

    expect(sortedById(await readAll(db))).toEqual(sortedById(sampleData()));
    expect(undo).toBeDefined();
    const [newest] = await listSnapshots(db);
    expect(newest).toMatchObject({ id: undo, reason: 'before-replace', counts: { notes: 5 } });
    await restoreSnapshot(db, undo as string);
    expect(sortedById(await readAll(db))).toEqual(sortedById(current));
  });

  it(`keeps only the newest ${MAX_SNAPSHOTS} snapshots`, async () => {
    const db = freshDatabase();
    const ids: string[] = [];
    for (let round = 0; round < 5; round++) {
      const { snapshotId } = await importBackup(
        db,
        fileOf({ ...emptyData(), notes: manyNotes(1, `r${round}`) }),
        'replace',
      );
      if (round === 0)
        expect(snapshotId).toBeUndefined(); // the database was empty: nothing to keep
      else ids.push(snapshotId as string);
    }
    const kept = await listSnapshots(db);
    expect(kept.map((snapshot) => snapshot.id)).toEqual(ids.slice(-MAX_SNAPSHOTS).reverse());
    expect(kept.map((snapshot) => snapshot.createdAt)).toEqual(
      [...kept.map((snapshot) => snapshot.createdAt)].sort().reverse(),
    );
  });

  // How fast is the bench's to say (`npm run bench`, "full import … 10k notes", against raw IndexedDB in the same
  // run): a timed assertion here failed on a shared machine at load 20–30 (6.0 s) with nothing wrong.
  it('imports 10 000 notes, reporting progress', async () => {
    const db = freshDatabase();
    const notes = manyNotes(10_000);
    const progress: number[] = [];
    await importBackup(db, fileOf({ ...emptyData(), notes }), 'replace', { onProgress: (done) => progress.push(done) });
    expect(await db.notes.count()).toBe(10_000);
    expect(progress).toEqual([2000, 4000, 6000, 8000, 10_000]);
  }, 60_000);
});

describe('atomicity', () => {
  for (const mode of ['merge', 'replace'] as const) {
    it(`changes nothing when a write fails part-way (${mode})`, async () => {
      const db = freshDatabase();
      await seed(db, sampleData());
      await importBackup(db, fileOf(sampleData()), 'replace'); // so there is a snapshot to keep, too
      const before = await everything(db);
      const incoming = {
        ...sampleData(),
        people: [{ ...ANA, id: 'person:new' }],
        notes: manyNotes(WRITE_CHUNK * 2 + 5),
      };
      const original = db.notes.bulkPut.bind(db.notes);
      let calls = 0;
      const bulkPut = vi.spyOn(db.notes, 'bulkPut').mockImplementation((...args: Parameters<typeof original>) => {
        calls++;
        if (calls === 2) return Promise.reject(new Error('disk full')) as ReturnType<typeof original>;
        return original(...args);
      });

      await expect(importBackup(db, fileOf(incoming), mode)).rejects.toThrow('disk full');

      expect(bulkPut).toHaveBeenCalledTimes(2); // the first chunk of notes (and the people before it) were written…
      bulkPut.mockRestore();
      await expectUnchanged(db, before); // …and rolled back with everything else
    });
  }
});

describe('deleteAllData', () => {
  it('leaves every table empty, snapshots included', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    await importBackup(db, fileOf(sampleData()), 'replace');
    expect(await db.snapshots.count()).toBe(1);
    await deleteAllData(db);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    expect(await readAll(db)).toEqual(emptyData());
    expect((await exportBackup(db)).counts).toEqual({
      people: 0,
      plans: 0,
      classMeetings: 0,
      templates: 0,
      notes: 0,
      blocks: 0,
      lost: 0,
      settings: 0,
    });
  });
});
