import Dexie from 'dexie';
import type { TandemDatabase } from '../../utils/db/database';
import type { TeamData } from '../../utils/team/team-report';

// What the Team page (issue 15) reads, in one read transaction so the tables agree with each other. Every plan
// is read (a year is about 1 000 lessons; `npm run bench` reads 10 000): the choice of class and range is applied
// in memory, so changing it redraws without reading again. Only Thank-you notes are read, by their index.

export async function loadTeamData(db: TandemDatabase): Promise<TeamData> {
  return db.transaction('r', [db.plans, db.people, db.blocks, db.lost, db.notes], async () => {
    const [plans, people, blocks, lost, thankYous] = await Promise.all([
      db.plans.toArray(),
      db.people.toArray(),
      db.blocks.toArray(),
      db.lost.toArray(),
      db.notes
        .where('[kind+createdAt]')
        .between(['thank-you', Dexie.minKey], ['thank-you', Dexie.maxKey])
        .toArray((rows) =>
          rows.map((row) => ({ kind: row.kind, personId: row.personId, createdAt: row.createdAt, link: row.link })),
        ),
    ]);
    return { plans, people, blocks, lost, thankYous };
  });
}
