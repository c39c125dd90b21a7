import '../db/test-db';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, readAll } from '../../../utils/backup/export';
import { BackupFileSchema } from '../../../utils/backup/format';
import { importBackup } from '../../../utils/backup/import';
import { parseBackup } from '../../../utils/backup/parse';
import { freshDatabase } from '../db/test-db';
import { dataset } from './arbitraries';
import { seed, sortedById } from './helpers';
import { sampleData } from './sample';

describe('backup round trip', () => {
  it('gives back exactly the data that was exported (generated datasets)', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        const source = freshDatabase();
        const target = freshDatabase();
        try {
          await seed(source, data);
          const { json, counts } = await exportBackup(source);
          expect(counts.notes).toBe(data.notes.length);
          // Every generated dataset is valid: the reference schema of the whole file accepts the export.
          expect(BackupFileSchema.safeParse(JSON.parse(json)).success).toBe(true);

          const parsed = await parseBackup(new Blob([json], { type: 'application/json' }));
          if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.problem)}`);
          await seed(target, sampleData()); // replaced entirely
          await importBackup(target, parsed.file, 'replace');

          expect(sortedById(await readAll(target))).toEqual(sortedById(data));
        } finally {
          await Promise.all([source.delete(), target.delete()]);
        }
      }),
      { numRuns: 25, seed: 20251123 },
    );
  }, 60_000);

  it('generates the hard cases it claims to (long, astral, combining, empty, absent)', () => {
    const samples = fc.sample(dataset, { numRuns: 40, seed: 20251123 });
    const notes = samples.flatMap((data) => data.notes);
    const people = samples.flatMap((data) => data.people);
    const plans = samples.flatMap((data) => data.plans);
    const codePoints = (text: string) => Array.from(text).length;
    expect(notes.some((note) => codePoints(note.text) === 4000 && note.text.length === 8000)).toBe(true);
    expect(plans.some((plan) => codePoints(plan.goal) === 4000)).toBe(true);
    expect(notes.some((note) => /[\u{10000}-\u{10FFFF}]/u.test(note.text))).toBe(true);
    expect(notes.some((note) => /\p{M}/u.test(note.text))).toBe(true);
    expect(plans.some((plan) => plan.goal === '')).toBe(true);
    expect(people.some((person) => !('email' in person) && !('strengths' in person))).toBe(true);
    expect(notes.some((note) => !('link' in note)) && notes.some((note) => 'link' in note)).toBe(true);
    expect(samples.some((data) => data.notes.length >= 3 && data.people.length >= 2)).toBe(true);
  });

  it('stores imported notes with their search fields', async () => {
    const source = freshDatabase();
    const target = freshDatabase();
    await seed(source, sampleData());
    const parsed = await parseBackup((await exportBackup(source)).json);
    if (!parsed.ok) throw new Error('refused');
    await importBackup(target, parsed.file, 'replace');
    const row = await target.notes.get('note:1');
    expect(row?.words).toContain('density');
    expect(row?.lessonKey).toBe('638595247147:638600123456');
    expect(await target.notes.where('words').startsWith('calm').count()).toBe(1);
  });
});
