import type { TandemDatabase } from '../db/database';
import { noteFromRow } from '../db/note-rows';
import { getSettings } from '../db/settings';
import { localDate } from '../planning-time/dates';
import { classMeetingsId } from '../schema/class-meetings';
import type { LessonPlan } from '../schema/plan';
import { backupJson } from './export';
import { type BackupData, countRecords, emptyData, type PartnerScope, type TableName } from './format';

// A partner file (issue 13): a backup-format file for ONE adult, holding only what they work in — the plans
// that name them, those lessons' classes, the people those plans name and, if the teacher ticks it, the notes
// linked to those lessons. Never settings, planning blocks, lost time or snapshots, and never anyone the
// plans do not name. Its plans carry `sharedBy`, so the receiver's Tandem shows them read-only
// (utils/backup/partner-merge.ts is the receiving side).

/** Every person id a plan names: supports, phase supports, station and parallel-group leaders, owners, collector. */
export function peopleNamedBy(plan: LessonPlan): Set<string> {
  const ids = new Set<string>();
  for (const support of plan.supports) ids.add(support.personId);
  for (const phase of plan.phases) for (const support of phase.supports) ids.add(support.personId);
  for (const station of plan.stations) ids.add(station.leader);
  for (const group of plan.parallelGroups) ids.add(group.leader);
  for (const material of plan.materials) ids.add(material.owner);
  if (plan.checkCollector !== null) ids.add(plan.checkCollector);
  return ids;
}

export interface PartnerFileChoice {
  personId: string;
  /** The teacher ticked "Include notes on these lessons". */
  includeNotes: boolean;
  /** The teacher's name as the receiver will see it ("Shared by …"). */
  sharedBy: string;
  exportedAt: Date;
}

/**
 * The records of a partner file, picked from everything here. A plan that itself came in a partner file
 * (it has `sharedBy`) is someone else's: it is not handed on under this teacher's name.
 */
export function partnerRecords(all: BackupData, choice: PartnerFileChoice): BackupData {
  const records = emptyData();
  const at = choice.exportedAt.toISOString();
  const named = new Set<string>([choice.personId]);
  const courses = new Set<string>();
  const lessons = new Set<string>();
  for (const plan of all.plans) {
    if (plan.sharedBy !== undefined) continue;
    const people = peopleNamedBy(plan);
    if (!people.has(choice.personId)) continue;
    records.plans.push({ ...plan, sharedBy: { name: choice.sharedBy, at } });
    for (const id of people) named.add(id);
    courses.add(plan.lesson.courseId);
    lessons.add(lessonKey(plan.lesson.courseId, plan.lesson.itemId));
  }
  // `teacher` and `independent` are leaders, not people: only ids of stored people match here.
  records.people = all.people.filter((person) => named.has(person.id));
  const meetingIds = new Set([...courses].map(classMeetingsId));
  records.classMeetings = all.classMeetings.filter((meetings) => meetingIds.has(meetings.id));
  if (choice.includeNotes) {
    records.notes = all.notes.filter(
      (note) => note.link?.itemId !== undefined && lessons.has(lessonKey(note.link.courseId, note.link.itemId)),
    );
  }
  return records;
}

function lessonKey(courseId: string, itemId: string): string {
  return `${courseId}:${itemId}`;
}

/** `tandem-for-marcus-lee-2026-09-14.json`: the adult's name as plain letters and digits, then the local date. */
export function partnerFileName(personName: string, exportedAt: Date): string {
  const slug = personName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-')
    .slice(0, 60);
  return `tandem-for-${slug || 'partner'}-${localDate(exportedAt)}.json`;
}

export interface PartnerFile {
  json: string;
  fileName: string;
  scope: PartnerScope;
  counts: Record<TableName, number>;
}

/** The whole file for one adult, from everything here. Pure: the export reads, this decides. */
export function buildPartnerFile(all: BackupData, choice: PartnerFileChoice & { personName: string }): PartnerFile {
  const records = partnerRecords(all, choice);
  const scope: PartnerScope = {
    kind: 'partner',
    personId: choice.personId,
    personName: choice.personName,
    sharedBy: choice.sharedBy,
    includesNotes: choice.includeNotes,
  };
  return {
    json: backupJson(records, choice.exportedAt, scope),
    fileName: partnerFileName(choice.personName, choice.exportedAt),
    scope,
    counts: countRecords(records),
  };
}

/**
 * Reads what a partner file needs in one transaction and builds it. `fallbackName` is the sender's name when
 * the teacher has not entered theirs (settings' myName is empty until they do). Null when the person is gone.
 */
export async function exportPartnerFile(
  db: TandemDatabase,
  request: { personId: string; includeNotes: boolean; fallbackName: string },
  now = new Date(),
): Promise<PartnerFile | null> {
  // Only the tables a partner file can hold are read; the rest never comes near it.
  const { all, myName } = await db.transaction(
    'r',
    [db.people, db.plans, db.classMeetings, db.notes, db.settings],
    async () => {
      const [people, plans, classMeetings, noteRows, settings] = await Promise.all([
        db.people.toArray(),
        db.plans.toArray(),
        db.classMeetings.toArray(),
        db.notes.toArray(),
        getSettings(db),
      ]);
      const all: BackupData = { ...emptyData(), people, plans, classMeetings, notes: noteRows.map(noteFromRow) };
      return { all, myName: settings.myName };
    },
  );
  const person = all.people.find((candidate) => candidate.id === request.personId);
  if (!person) return null;
  return buildPartnerFile(all, {
    personId: person.id,
    personName: person.name,
    includeNotes: request.includeNotes,
    sharedBy: myName.trim() || request.fallbackName,
    exportedAt: now,
  });
}
