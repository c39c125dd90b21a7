import type Dexie from 'dexie';

// Tandem's database history, top to bottom. Never edit a released version: add the next one, with an
// upgrade function when records change shape, and a test in tests/unit/db/versions.test.ts that opens
// a database written by the previous version and checks nothing was lost (.github/CONTRIBUTING.md habit 11).
// Index syntax: first key is the primary key; booleans cannot be indexed in IndexedDB.

export const DATABASE_NAME = 'tandem';

export function applyVersions(db: Dexie): void {
  // v1 (issue 2): lesson plans keyed by `plan:<courseId>:<itemId>`, and the adults the teacher works with.
  db.version(1).stores({
    plans: 'id, lesson.courseId, updatedAt',
    people: 'id, name, updatedAt',
  });
  // v2 (issue 3): planning blocks recorded from Calendar, occurrences of them that were lost, and one
  // settings record (the teacher's name and school day). People gain optional free periods: no index, no upgrade.
  db.version(2).stores({
    blocks: 'id, partnerId, updatedAt',
    lost: 'id, blockId, date',
    settings: 'id',
  });
  // v3 (issue 4): quick notes, and snapshots taken automatically before a backup replaces everything.
  // Notes are listed newest first, by kind, person or lesson; `*words` is a multi-entry index of the
  // words of the text (utils/db/note-rows.ts) so search does not scan every note; `openAgenda` exists only on
  // open agenda items and follow-ups, so the planning agenda reads just those. Settings gain an optional
  // `lastBackupAt`: no index, no upgrade.
  db.version(3).stores({
    notes:
      'id, createdAt, updatedAt, [kind+createdAt], [personId+createdAt], [lessonKey+createdAt], *words, openAgenda',
    snapshots: 'id, createdAt',
  });
  // v4 (issue 11): when each field of a record was last edited (Date.now()), so edits that arrive late from
  // the outbox (utils/saving/) never overwrite a later edit of the same field. Bookkeeping, not the
  // teacher's data: not in backups. No upgrade: a record without times takes any edit.
  db.version(4).stores({ fieldTimes: 'id' });
  // v5 (issue 13): each class's weekly meetings (`class:<courseId>`), and the days a lesson is taught. Plans
  // gain `taughtOn` (a multi-entry index, so a day card reads just the plans of its days): the upgrade gives
  // every existing plan an empty list and changes nothing else. People gain an optional `cardLanguage` and
  // plans an optional `sharedBy` (a partner file's plans): no index, no upgrade.
  db.version(5)
    .stores({ plans: 'id, lesson.courseId, updatedAt, *taughtOn', classMeetings: 'id' })
    .upgrade((tx) =>
      tx
        .table('plans')
        .toCollection()
        .modify((plan: { taughtOn?: unknown }) => {
          if (!Array.isArray(plan.taughtOn)) plan.taughtOn = [];
        }),
    );
  // v6 (issue 14): plan templates (`template:<uuid>`, utils/schema/plan-template.ts), listed by name. A new
  // table: no upgrade.
  db.version(6).stores({ templates: 'id, name' });
}
