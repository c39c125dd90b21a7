import '../db/test-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../utils/backup/export';
import { MAX_BACKUP_BYTES } from '../../../utils/backup/format';
import { importBackup } from '../../../utils/backup/import';
import { describeProblem, type ImportProblem, parseBackup } from '../../../utils/backup/parse';
import type { TandemDatabase } from '../../../utils/db/database';
import { freshDatabase } from '../db/test-db';
import { english } from '../planning-time/labels';
import { everything, expectUnchanged, seed } from './helpers';
import { sampleData, sampleNote } from './sample';

// Every way a file can be wrong: the right problem, a sentence naming the place, and not one record written.

// biome-ignore lint/suspicious/noExplicitAny: a test spoils the file anywhere, at any depth.
type Json = Record<string, any>;

/** A valid export of the sample data, as an object to spoil. */
async function validFile(): Promise<Json> {
  const db = freshDatabase();
  await seed(db, sampleData());
  return JSON.parse((await exportBackup(db)).json);
}

/** The flow the options page follows: parse, and only a file that passes reaches the import. */
async function tryImport(db: TandemDatabase, input: string | Blob) {
  const parsed = await parseBackup(input);
  if (parsed.ok) await importBackup(db, parsed.file, 'replace');
  return parsed;
}

/** Imports `input` into a database full of data and checks it was refused and nothing changed. */
async function refused(input: string | Blob): Promise<{ problem: ImportProblem; message: string }> {
  const db = freshDatabase();
  await seed(db, { ...sampleData(), notes: [sampleNote(7)] });
  const before = await everything(db);
  const parsed = await tryImport(db, input);
  if (parsed.ok) throw new Error('the file was accepted');
  await expectUnchanged(db, before);
  return { problem: parsed.problem, message: describeProblem(parsed.problem, english) };
}

async function spoiled(change: (file: Json) => void) {
  const file = await validFile();
  change(file);
  return refused(JSON.stringify(file));
}

afterEach(() => vi.restoreAllMocks());

describe('parseBackup refuses', () => {
  it('text that is not JSON', async () => {
    for (const text of ['this is { not json', '{"format": tandem-backup}', '<html></html>', '{"a":1}}']) {
      const { problem, message } = await refused(text);
      expect(problem.code).toBe('not-json');
      expect(message).toBe('This file is not a Tandem backup: its contents cannot be read.');
    }
  });

  it('an empty file', async () => {
    for (const text of ['', '  \n\t', '\uFEFF']) expect((await refused(text)).problem.code).toBe('empty');
    expect((await refused(new Blob([]))).message).toBe('This file is empty.');
  });

  it('a valid export cut in half, and cut anywhere else', async () => {
    const json = JSON.stringify(await validFile(), null, 1);
    const { problem, message } = await refused(json.slice(0, Math.floor(json.length / 2)));
    expect(problem.code).toBe('truncated');
    expect(message).toMatch(/^This file ends too early: .*Export the backup again/);
    // Every cut, inside strings, numbers, keys and between them, is an early end, never "not JSON".
    for (let cut = 1; cut < json.length; cut++) {
      const parsed = await parseBackup(json.slice(0, cut));
      expect(parsed.ok ? 'ok' : parsed.problem.code, `cut at ${cut}`).toBe('truncated');
    }
  });

  it('JSON that is not a Tandem backup', async () => {
    for (const text of ['{"hello":1}', '[1,2]', '"tandem-backup"', '{"format":"other-backup","version":1}']) {
      const { problem, message } = await refused(text);
      expect(problem.code).toBe('not-tandem');
      expect(message).toBe('This file is not a Tandem backup.');
    }
  });

  it('a backup from a newer Tandem', async () => {
    const { problem, message } = await spoiled((file) => {
      file.version = 5;
      file.records.notes[0].mood = 'new field from version 5';
    });
    expect(problem).toMatchObject({ code: 'newer-version', found: 5 });
    expect(message).toBe(
      'This backup was made by a newer version of Tandem (file version 5). Update Tandem, then import it again.',
    );
  });

  it('a file with one bad record among good ones', async () => {
    const { problem, message } = await spoiled((file) => {
      file.records.notes[1].kind = 'gossip';
    });
    expect(problem).toMatchObject({
      code: 'bad-record',
      table: 'notes',
      index: 1,
      field: 'kind',
      reason: 'not-allowed',
    });
    expect(message).toBe('Record 2 in notes: “kind” has a value Tandem does not know.');
  });

  it('a record with a missing, mistyped or badly formed field', async () => {
    const cases: Array<[(file: Json) => void, Partial<ImportProblem>, string]> = [
      [
        (file) => delete file.records.people[1].name,
        { table: 'people', index: 1, field: 'name', reason: 'missing' },
        'Record 2 in people: “name” is missing.',
      ],
      [
        (file) => (file.records.notes[0].done = 'yes'),
        { table: 'notes', index: 0, field: 'done', reason: 'wrong-type' },
        'Record 1 in notes: “done” has the wrong kind of value.',
      ],
      [
        (file) => (file.records.plans[0].lesson.dueDate = '2025-02-30'),
        { table: 'plans', field: 'lesson.dueDate', reason: 'bad-date' },
        'Record 1 in lesson plans: “lesson.dueDate” is not a valid date.',
      ],
      [
        (file) => (file.records.blocks[0].updatedAt = 'yesterday'),
        { table: 'blocks', field: 'updatedAt', reason: 'bad-time' },
        'Record 1 in planning blocks: “updatedAt” is not a valid date and time.',
      ],
      [
        (file) => (file.records.notes[2].text = '   '),
        { table: 'notes', index: 2, field: 'text', reason: 'empty' },
        'Record 3 in notes: “text” is empty.',
      ],
      [
        (file) => (file.records.plans[0].stations = [{ id: 's', name: 'Lab', leader: 'teacher', minutes: 0 }]),
        { field: 'stations.0.minutes', reason: 'too-small' },
        'Record 1 in lesson plans: “stations.0.minutes” is smaller than allowed.',
      ],
      [
        (file) => (file.records.lost[0] = 'lost'),
        { table: 'lost', index: 0, field: '' },
        'Record 1 in missed planning times: this is not a record Tandem can read.',
      ],
      [
        (file) => delete file.records.blocks,
        { table: 'blocks', reason: 'missing' },
        'The file has no list of planning blocks.',
      ],
      [
        (file) => (file.exportedAt = 'last week'),
        { field: 'exportedAt', reason: 'bad-time' },
        'In the file: “exportedAt” is not a valid date and time.',
      ],
    ];
    for (const [change, expected, sentence] of cases) {
      const { problem, message } = await spoiled(change);
      expect(problem).toMatchObject({ code: 'bad-record', ...expected });
      expect(message).toBe(sentence);
    }
  });

  it('unknown fields at the top, among the tables, in a record and nested in one', async () => {
    const cases: Array<[(file: Json) => void, Partial<ImportProblem>, string]> = [
      [(file) => (file.comment = 'hi'), { field: 'comment' }, 'The file has a part Tandem does not know: “comment”.'],
      [
        (file) => (file.records.students = []),
        { field: 'records.students' },
        'The file has a part Tandem does not know: “records.students”.',
      ],
      [
        (file) => (file.records.people[1].nickname = 'Ana'),
        { table: 'people', index: 1, field: 'nickname' },
        'Record 2 in people: “nickname” is not a field Tandem knows.',
      ],
      [
        (file) => (file.records.plans[0].lesson.colour = 'red'),
        { table: 'plans', index: 0, field: 'lesson.colour' },
        'Record 1 in lesson plans: “lesson.colour” is not a field Tandem knows.',
      ],
      [
        (file) => (file.records.plans[0].supports[0].hours = 2),
        { table: 'plans', field: 'supports.0.hours' },
        'Record 1 in lesson plans: “supports.0.hours” is not a field Tandem knows.',
      ],
      [
        (file) => (file.records.settings[0].schoolDay.lunch = 30),
        { table: 'settings', field: 'schoolDay.lunch' },
        'Record 1 in settings: “schoolDay.lunch” is not a field Tandem knows.',
      ],
      [
        (file) =>
          (file.records.notes[2] = JSON.parse(
            `{"__proto__":{"x":1},${JSON.stringify(file.records.notes[2]).slice(1)}`,
          )),
        { table: 'notes', index: 2, field: '__proto__' },
        'Record 3 in notes: “__proto__” is not a field Tandem knows.',
      ],
    ];
    for (const [change, expected, sentence] of cases) {
      const { problem, message } = await spoiled(change);
      expect(problem).toMatchObject({ code: 'unknown-field', ...expected });
      expect(message).toBe(sentence);
    }
  });

  it('a string longer than its field allows', async () => {
    const { problem, message } = await spoiled((file) => {
      // Lengths are counted in characters (code points): 4000 emoji fit, one more character does not.
      file.records.notes[2].text = `${'😀'.repeat(4000)}x`;
    });
    expect(problem).toMatchObject({ code: 'too-long', table: 'notes', index: 2, field: 'text', limit: 4000 });
    expect(message).toBe('Record 3 in notes: “text” is longer than allowed (4,000 characters at most).');
    const name = await spoiled((file) => {
      file.records.people[0].name = 'M'.repeat(121);
    });
    expect(name.message).toBe('Record 1 in people: “name” is longer than allowed (120 characters at most).');
  });

  it('a list longer than allowed (issue 11: a phase took 100 000 supporting adults)', async () => {
    for (const count of [21, 100_000]) {
      const { problem, message } = await spoiled((file) => {
        const supports = Array.from({ length: count }, (_, n) => ({ personId: `person:${n}`, role: 'lead-station' }));
        file.records.plans[0].phases = [{ phase: 'opening', model: null, supports }];
      });
      expect(problem).toMatchObject({
        code: 'bad-record',
        table: 'plans',
        field: 'phases.0.supports',
        reason: 'too-big',
      });
      expect(message).toBe('Record 1 in lesson plans: “phases.0.supports” is larger than allowed.');
    }
  });

  it('two records with the same id in one table', async () => {
    const { problem, message } = await spoiled((file) => {
      file.records.notes[2].id = file.records.notes[0].id;
    });
    expect(problem).toMatchObject({ code: 'duplicate-id', table: 'notes', index: 2, firstIndex: 0, detail: 'note:1' });
    expect(message).toBe('Record 3 in notes has the same id as record 1.');
  });

  it('more records in one table than Tandem imports', async () => {
    const { problem, message } = await spoiled((file) => {
      file.records.lost = Array.from({ length: 250_001 }, () => ({}));
    });
    expect(problem).toMatchObject({ code: 'too-many', table: 'lost', found: 250_001, limit: 250_000 });
    expect(message).toBe('The file holds 250,001 missed planning times; Tandem can import at most 250,000.');
  });

  it('a 50 MB file, before reading or parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const blob = new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x20)]);
    const text = vi.spyOn(blob, 'text');
    const { problem, message } = await refused(blob);
    expect(problem).toMatchObject({ code: 'too-large', size: 50 * 1024 * 1024, limit: MAX_BACKUP_BYTES });
    expect(message).toBe('This file is 50.0 MB; Tandem backups can be at most 48 MB.');
    expect(text).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
  });

  it('a string over 48 MB in UTF-8, even when it is under 48 million characters', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    // 17 Mi "漢" are 17 Mi UTF-16 units, under the limit, but 3 bytes each in UTF-8: 51 MB.
    const big = '漢'.repeat(17 * 1024 * 1024);
    expect(big.length).toBeLessThan(MAX_BACKUP_BYTES);
    const { problem, message } = await refused(big);
    expect(problem).toMatchObject({ code: 'too-large', size: 51 * 1024 * 1024 });
    expect(message).toBe('This file is 51.0 MB; Tandem backups can be at most 48 MB.');
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('parseBackup accepts', () => {
  it('a valid export, as text or as a file, with or without a byte order mark', async () => {
    const json = JSON.stringify(await validFile());
    for (const input of [json, `\uFEFF${json}`, new Blob([json]), new Blob([`\uFEFF${json}`])]) {
      const parsed = await parseBackup(input);
      expect(parsed.ok && parsed.counts).toEqual({
        people: 2,
        plans: 1,
        classMeetings: 1,
        templates: 1,
        notes: 3,
        blocks: 1,
        lost: 1,
        settings: 1,
      });
    }
  });

  it('a large file in batches, reporting progress and letting other tasks run in between', async () => {
    const file = await validFile();
    file.records.notes = Array.from({ length: 5000 }, (_, n) => sampleNote(n));
    const progress: Array<[number, number]> = [];
    let timerRuns = 0;
    const timer = setInterval(() => timerRuns++, 0);
    try {
      const parsed = await parseBackup(JSON.stringify(file), {
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(parsed.ok && parsed.counts.notes).toBe(5000);
      expect(timerRuns).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
    const total = 5000 + 8;
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.every(([, all]) => all === total)).toBe(true);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);
  });
});
