import Dexie, { type EntityTable } from 'dexie';
import type { LostOccurrence, PlanningBlock, Settings } from '../schema/calendar';
import type { Person } from '../schema/person';
import type { LessonPlan } from '../schema/plan';
import { applyVersions, DATABASE_NAME } from './versions';

/**
 * The one database, opened only in the extension's own origin: the background service worker and
 * extension pages (DESIGN.md rule 1). Content scripts reach it through utils/messaging.
 */
export class TandemDatabase extends Dexie {
  plans!: EntityTable<LessonPlan, 'id'>;
  people!: EntityTable<Person, 'id'>;
  blocks!: EntityTable<PlanningBlock, 'id'>;
  lost!: EntityTable<LostOccurrence, 'id'>;
  settings!: EntityTable<Settings, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    applyVersions(this);
  }
}
