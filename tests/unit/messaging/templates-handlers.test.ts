import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../utils/backup/export';
import { importBackup } from '../../../utils/backup/import';
import { parseBackup } from '../../../utils/backup/parse';
import { partnerRecords } from '../../../utils/backup/partner-file';
import { addPerson } from '../../../utils/db/people';
import { savePlan } from '../../../utils/db/plans';
import type { CopySources } from '../../../utils/db/templates';
import { MAX_RECENT_LESSONS } from '../../../utils/db/templates';
import { copyablePart } from '../../../utils/lesson-plan/copy-plan';
import { createMessageHandler } from '../../../utils/messaging/handlers';
import type { PlanTemplate } from '../../../utils/schema/plan-template';
import { seed } from '../backup/helpers';
import { FRIDAY_TEMPLATE, sampleData } from '../backup/sample';
import { planInput } from '../db/sample';
import { freshDatabase } from '../db/test-db';

// Issue 14 item 2: "Copy plan from…" and templates, asked for from a Classroom lesson panel; templates in backups.

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const classroomTab = { id: ID, url: 'https://classroom.google.com/u/0/c/x', tab: { id: 1 } };
const COURSE = '638595247147';

function setup() {
  const db = freshDatabase();
  const handle = createMessageHandler({ db, extensionId: ID, extensionOrigin: `chrome-extension://${ID}` });
  const send = async <T>(type: string, payload: unknown): Promise<T> => {
    const result = await handle({ tandem: 1, type, payload }, classroomTab);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data as T;
  };
  const refusal = async (type: string, payload: unknown) => handle({ tandem: 1, type, payload }, classroomTab);
  return { db, send, refusal };
}

const lesson = (itemId: string, title: string) => ({ itemId, title });

describe('copy sources and templates', () => {
  it('lists the class’s other planned lessons, newest edit first, with their adults, and the templates by name', async () => {
    const { db, send } = setup();
    const marcus = await addPerson(db, { name: 'Marcus Lee', kind: 'paraprofessional' });
    const stations = { model: 'stations' as const, supports: [{ personId: marcus.id, role: 'lead-station' as const }] };
    await savePlan(db, planInput(stations, lesson('111', 'Lab Report')));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await savePlan(db, planInput({ model: 'team' }, lesson('222', 'Density Notes')));
    await savePlan(db, planInput({ goal: 'only a goal' }, lesson('333', 'Unplanned')));
    await savePlan(db, planInput({ model: 'team' }, { courseId: '999', itemId: '444', title: 'Other class' }));
    await send('templates.save', { name: 'Zebra', content: copyablePart({ ...planInput().content, ...stations }) });
    await send('templates.save', { name: 'Apple', content: copyablePart(planInput({ model: 'parallel' }).content) });

    const sources = await send<CopySources>('templates.sources', { courseId: COURSE, itemId: '222' });
    // The lesson itself, a lesson with nothing to copy and other classes' lessons are not offered.
    expect(sources.lessons.map((source) => [source.title, source.model, source.adults])).toEqual([
      ['Lab Report', 'stations', ['Marcus Lee']],
    ]);
    expect(sources.lessons[0]?.content).not.toHaveProperty('goal');
    const fromAnother = await send<CopySources>('templates.sources', { courseId: COURSE, itemId: '333' });
    expect(fromAnother.lessons.map((source) => source.title)).toEqual(['Density Notes', 'Lab Report']);
    expect(sources.templates.map((template) => template.name)).toEqual(['Apple', 'Zebra']);
    expect(sources.templates[1]?.id).toMatch(/^template:/);
    expect(sources.templates[1]?.content.supports).toEqual(stations.supports);
  });

  it('offers at most the 10 most recent lessons', async () => {
    const { db, send } = setup();
    for (let n = 0; n < MAX_RECENT_LESSONS + 3; n++) {
      await savePlan(db, planInput({ model: 'team' }, lesson(String(100 + n), `Lesson ${n}`)));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const sources = await send<CopySources>('templates.sources', { courseId: COURSE, itemId: '1' });
    expect(sources.lessons).toHaveLength(MAX_RECENT_LESSONS);
    expect(sources.lessons[0]?.title).toBe(`Lesson ${MAX_RECENT_LESSONS + 2}`);
  });

  it('keeps only the copyable part of a template, refuses unknown keys and blank names, and deletes', async () => {
    const { db, send, refusal } = setup();
    const full = planInput({ model: 'team', goal: 'A lesson goal', checkHow: 'Exit ticket' }).content;
    const {
      goal: _goal,
      targetStudents,
      behaviourSupport,
      status,
      reflectionWorked,
      reflectionChange,
      taughtOn,
      ...part
    } = full;
    const saved = await send<PlanTemplate>('templates.save', { name: '  Fridays  ', content: part });
    expect(saved).toMatchObject({ name: 'Fridays', content: { model: 'team', checkHow: 'Exit ticket' } });
    expect(await db.templates.get(saved.id)).toEqual(saved);
    expect((await refusal('templates.save', { name: 'x', content: full })).ok).toBe(false);
    expect((await refusal('templates.save', { name: '   ', content: part })).ok).toBe(false);
    expect(await send('templates.delete', { id: saved.id })).toBeNull();
    expect(await db.templates.count()).toBe(0);
  });
});

describe('templates in backups', () => {
  it('travel in a backup and come back', async () => {
    const source = freshDatabase();
    await seed(source, sampleData());
    const { json, counts } = await exportBackup(source);
    expect(counts.templates).toBe(1);
    const parsed = await parseBackup(json);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const target = freshDatabase();
    await importBackup(target, parsed.file, 'replace');
    expect(await target.templates.toArray()).toEqual([FRIDAY_TEMPLATE]);
  });

  it.each([1, 2])('a version %i file, which has no templates table, still imports', async (version) => {
    const data = sampleData();
    const { templates: _none, ...records } = data;
    const old = {
      format: 'tandem-backup',
      version,
      exportedAt: '2025-10-01T12:00:00.000Z',
      records: records as object,
    };
    if (version === 1) {
      delete (old.records as { classMeetings?: unknown }).classMeetings;
      (old.records as { plans: object[] }).plans = data.plans.map(({ taughtOn: _t, ...plan }) => plan);
    }
    const parsed = await parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.counts.templates).toBe(0);
    expect(parsed.counts.plans).toBe(1);
    // A version 3 file must have the table: leaving it out there is a damaged file.
    const damaged = await parseBackup(JSON.stringify({ ...old, version: 3, records }));
    expect(damaged.ok).toBe(false);
  });

  it('are never in a partner file', () => {
    const data = sampleData();
    const records = partnerRecords(data, {
      personId: data.people[0]?.id ?? '',
      includeNotes: true,
      sharedBy: 'Ms. Diaz',
      exportedAt: new Date('2025-10-01T12:00:00.000Z'),
    });
    expect(records.plans.length).toBeGreaterThan(0);
    expect(records.templates).toEqual([]);
  });
});
