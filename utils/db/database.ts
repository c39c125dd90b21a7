import Dexie, { type EntityTable } from 'dexie';
import type { LostOccurrence, PlanningBlock } from '../schema/calendar';
import type { ClassMeetings } from '../schema/class-meetings';
import type { FieldTimes } from '../schema/field-times';
import type { Person } from '../schema/person';
import type { LessonPlan } from '../schema/plan';
import type { PlanTemplate } from '../schema/plan-template';
import type { Settings } from '../schema/settings';
import type { Snapshot } from '../schema/snapshot';
import type { NoteRow } from './note-rows';
import { applyVersions, DATABASE_NAME } from './versions';

/**
 * The one database, opened only in the extension's own origin: the background service worker and
 * extension pages (.github/CONTRIBUTING.md rule 1). Content scripts reach it through utils/messaging.
 */
export class TandemDatabase extends Dexie {
  plans!: EntityTable<LessonPlan, 'id'>;
  people!: EntityTable<Person, 'id'>;
  blocks!: EntityTable<PlanningBlock, 'id'>;
  lost!: EntityTable<LostOccurrence, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  /** Stored with derived index fields; read them through utils/db/notes.ts, which returns plain Notes. */
  notes!: EntityTable<NoteRow, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  /** Per record, when each field was last edited (utils/db/field-times.ts). */
  fieldTimes!: EntityTable<FieldTimes, 'id'>;
  /** Each class's weekly meetings (utils/db/class-meetings.ts). */
  classMeetings!: EntityTable<ClassMeetings, 'id'>;
  /** The teacher's plan templates (utils/db/templates.ts). */
  templates!: EntityTable<PlanTemplate, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    applyVersions(this);
  }
}
