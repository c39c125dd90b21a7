import '../db/test-db';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionsActions } from '../../../components/options/options-actions';
import { readAll } from '../../../utils/backup/export';
import { type BackupFile, emptyData } from '../../../utils/backup/format';
import { seed, sortedById } from '../backup/helpers';
import { ANA, sampleData } from '../backup/sample';
import { freshDatabase } from '../db/test-db';

// The options page's actions around an import: a Replace that committed is reported as done, even when
// noting the backup date afterwards fails (the page would otherwise say "nothing was changed").

afterEach(() => vi.restoreAllMocks());

describe('optionsActions.importBackup', () => {
  it('reports a committed Replace as done when only noting the backup date fails', async () => {
    const db = freshDatabase();
    await seed(db, sampleData());
    const incoming = { ...emptyData(), people: [{ ...ANA, id: 'person:other' }] };
    const file: BackupFile = {
      format: 'tandem-backup',
      version: 4,
      exportedAt: '2026-11-20T15:00:00.000Z',
      records: incoming,
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(db.settings, 'put').mockImplementation(
      () => Promise.reject(new Error('disk full')) as ReturnType<typeof db.settings.put>,
    );

    const result = await optionsActions(db).importBackup(file, 'replace', () => undefined);

    expect(result.snapshotId).toBeDefined();
    expect(sortedById(await readAll(db))).toEqual(sortedById(incoming));
  });
});
