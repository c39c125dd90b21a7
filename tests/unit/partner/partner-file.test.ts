import '../db/test-db';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../../utils/backup/format';
import { parseBackup } from '../../../utils/backup/parse';
import { exportPartnerFile, partnerFileName, partnerRecords } from '../../../utils/backup/partner-file';
import { seed } from '../backup/helpers';
import { SETTINGS } from '../backup/sample';
import { freshDatabase } from '../db/test-db';
import { ANA, JO, KIM, MARCUS, teacherData } from './sample';

const EXPORTED = new Date('2026-09-14T15:00:00.000Z');

/** The file's record ids, table by table (tables with none left out), so "nothing else" is one assertion. */
function idsOf(records: ReturnType<typeof partnerRecords>): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const table of TABLES) {
    const list = (records[table] as { id: string }[]).map((record) => record.id).sort();
    if (list.length > 0) ids[table] = list;
  }
  return ids;
}

describe('partnerRecords: exactly what one adult works in', () => {
  it.each([
    {
      name: 'a person in two classes (support in one, a station leader in the other), notes ticked',
      personId: MARCUS.id,
      includeNotes: true,
      // Not Ana: she is in another plan of class 111, not in his.
      expected: {
        people: [KIM.id, MARCUS.id].sort(),
        plans: ['plan:111:1', 'plan:222:2'],
        classMeetings: ['class:111', 'class:222'],
        notes: ['note:on-1', 'note:on-2'],
      },
    },
    {
      name: 'the same person, notes not ticked',
      personId: MARCUS.id,
      includeNotes: false,
      expected: {
        people: [KIM.id, MARCUS.id].sort(),
        plans: ['plan:111:1', 'plan:222:2'],
        classMeetings: ['class:111', 'class:222'],
      },
    },
    {
      name: 'a person in one phase only: that plan, its class, and the material owner it names',
      personId: JO.id,
      includeNotes: true,
      expected: { people: [ANA.id, JO.id].sort(), plans: ['plan:333:3'], classMeetings: ['class:333'] },
    },
    {
      name: 'a material owner and a supporter in another plan of a class',
      personId: ANA.id,
      includeNotes: true,
      expected: {
        people: [ANA.id, JO.id].sort(),
        plans: ['plan:111:4', 'plan:333:3'],
        classMeetings: ['class:111', 'class:333'],
        notes: ['note:on-4'],
      },
    },
  ])('$name', ({ personId, includeNotes, expected }) => {
    const records = partnerRecords(teacherData(), {
      personId,
      includeNotes,
      sharedBy: 'Ms. Diaz',
      exportedAt: EXPORTED,
    });
    // Never settings, blocks, lost time, the archived aide nobody's plan names, a class note or a loose note.
    expect(idsOf(records)).toEqual(expected);
    for (const plan of records.plans) expect(plan.sharedBy).toEqual({ name: 'Ms. Diaz', at: EXPORTED.toISOString() });
  });

  it('does not hand on a plan that was itself shared with this teacher', () => {
    const data = teacherData();
    data.plans = data.plans.map((plan, index) =>
      index === 0 ? { ...plan, sharedBy: { name: 'Mr. Other', at: EXPORTED.toISOString() } } : plan,
    );
    const records = partnerRecords(data, {
      personId: MARCUS.id,
      includeNotes: false,
      sharedBy: 'Ms. Diaz',
      exportedAt: EXPORTED,
    });
    expect(records.plans.map((plan) => plan.id)).toEqual(['plan:222:2']);
  });

  it('an adult in no plan gets a file with only themselves', () => {
    const data = teacherData();
    data.people.push({ ...MARCUS, id: 'person:new', name: 'New Aide' });
    const records = partnerRecords(data, {
      personId: 'person:new',
      includeNotes: true,
      sharedBy: 'Ms. Diaz',
      exportedAt: EXPORTED,
    });
    expect(idsOf(records)).toEqual({ people: ['person:new'] });
  });
});

describe('partnerFileName', () => {
  it.each([
    ['Marcus Lee', 'tandem-for-marcus-lee-2026-09-14.json'],
    ['José Núñez-Ortiz', 'tandem-for-jose-nunez-ortiz-2026-09-14.json'],
    ['../../etc', 'tandem-for-etc-2026-09-14.json'],
    ['🙂', 'tandem-for-partner-2026-09-14.json'],
  ])('%s → %s', (name, fileName) => {
    expect(partnerFileName(name, new Date(2026, 8, 14, 10))).toBe(fileName);
  });
});

describe('exportPartnerFile', () => {
  it('writes a file that parses as strictly as a backup, with its scope, and the teacher named', async () => {
    const db = freshDatabase();
    await seed(db, teacherData());
    const file = await exportPartnerFile(
      db,
      { personId: MARCUS.id, includeNotes: true, fallbackName: 'Your co-teacher' },
      EXPORTED,
    );
    if (!file) throw new Error('no file');
    expect(file.fileName).toMatch(/^tandem-for-marcus-lee-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = await parseBackup(file.json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.file.scope).toEqual({
      kind: 'partner',
      personId: MARCUS.id,
      personName: 'Marcus Lee',
      sharedBy: 'Ms. Diaz',
      includesNotes: true,
    });
    expect(idsOf(parsed.file.records)).toEqual({
      people: [KIM.id, MARCUS.id].sort(),
      plans: ['plan:111:1', 'plan:222:2'],
      classMeetings: ['class:111', 'class:222'],
      notes: ['note:on-1', 'note:on-2'],
    });
  });

  it('names the sender with the fallback when the teacher has not entered a name; null for someone gone', async () => {
    const db = freshDatabase();
    const data = teacherData();
    data.settings = [{ ...SETTINGS, myName: '  ' }];
    await seed(db, data);
    const file = await exportPartnerFile(
      db,
      { personId: MARCUS.id, includeNotes: false, fallbackName: 'Your co-teacher' },
      EXPORTED,
    );
    expect(file?.scope.sharedBy).toBe('Your co-teacher');
    expect(file && JSON.parse(file.json).records.plans[0].sharedBy.name).toBe('Your co-teacher');
    expect(await exportPartnerFile(db, { personId: 'person:gone', includeNotes: false, fallbackName: 'x' })).toBeNull();
  });
});
