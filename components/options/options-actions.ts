import { browser } from 'wxt/browser';
import { exportNotesCsv } from '../../utils/backup/csv';
import { exportBackup, markBackedUp, recordCounts } from '../../utils/backup/export';
import type { BackupFile } from '../../utils/backup/format';
import { type ImportMode, importBackup, previewImport } from '../../utils/backup/import';
import { describeProblem, type ImportProblem, parseBackup } from '../../utils/backup/parse';
import { deleteAllData, listSnapshots, restoreSnapshot } from '../../utils/backup/snapshots';
import { saveClassMeetings } from '../../utils/db/class-meetings';
import type { TandemDatabase } from '../../utils/db/database';
import { thankYouNotes } from '../../utils/db/notes';
import { addPerson, listPeople, updatePerson } from '../../utils/db/people';
import { getSettings, saveSettings } from '../../utils/db/settings';
import { listSharedPlans, makeOwnCopy } from '../../utils/db/shared-plans';
import { deleteTemplate, listTemplates } from '../../utils/db/templates';
import { t } from '../../utils/i18n';
import { clearDraft } from '../../utils/popup/draft';
import { clearOutbox } from '../../utils/saving/clear-outbox';
import type { ClassMeetingsInput } from '../../utils/schema/class-meetings';
import type { NewPerson, PersonUpdate } from '../../utils/schema/person';
import type { LessonPlan } from '../../utils/schema/plan';
import type { PlanTemplate } from '../../utils/schema/plan-template';
import type { SettingsInput } from '../../utils/schema/settings';
import { teachersPart } from '../../utils/school-policy/apply';
import { readSchoolPolicy } from '../../utils/school-policy/read';
import { listClasses } from './class-list';

// Everything the options page reads and does, bound to the database: the components get these as
// props (.github/CONTRIBUTING.md habit 9), so they never import the database and can be driven with fakes.
// Writes report failure as null/false instead of throwing, so a section can say so in plain words.

async function orNull<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    console.warn('[Tandem] options: could not save', error);
    return null;
  }
}

type Progress = (done: number, total: number) => void;

const succeeded = async (work: Promise<unknown>) => (await orNull(work.then(() => true))) === true;

export function optionsActions(db: TandemDatabase) {
  /**
   * Remembers when the last backup was made, for the reminder. Bookkeeping only: by the time it runs the
   * file is downloaded or the import has committed, so failing it must not report those as failed (the
   * import's message would say "nothing was changed" over data that was replaced).
   */
  const noteBackup = (at: string) =>
    markBackedUp(db, at).catch((error: unknown) => console.warn('[Tandem] options: could not note the backup', error));
  return {
    listPeople: () => listPeople(db, { includeArchived: true }),
    getSettings: () => getSettings(db),
    /** Whether there is anything a backup would save (for the reminder): records in any table. */
    hasData: async () => Object.values(await recordCounts(db)).some((count) => count > 0),
    listSnapshots: () => listSnapshots(db),
    addPerson: (input: NewPerson) => orNull(addPerson(db, input)),
    updatePerson: (update: PersonUpdate) => orNull(updatePerson(db, update)),
    /** What the school set (utils/school-policy/read.ts). */
    schoolPolicy: () => readSchoolPolicy(),
    saveSettings: async (input: SettingsInput) => {
      // A key the school set is not the teacher's to change (its controls are disabled; this is the rule itself).
      const change = teachersPart(input, await readSchoolPolicy());
      return change ? succeeded(saveSettings(db, change)) : true;
    },
    /** Every class with meetings or a planned lesson, and its week (issue 13). */
    listClasses: () => listClasses(db),
    saveClassMeetings: (input: ClassMeetingsInput) => orNull(saveClassMeetings(db, input)),
    thankYouNotes: (personId: string, month: string) => thankYouNotes(db, personId, month),
    exportBackup: () => exportBackup(db),
    markBackedUp: noteBackup,
    exportNotesCsv: () => exportNotesCsv(db, t),
    parseBackup: (file: Blob, onProgress: Progress) => parseBackup(file, { onProgress }),
    describeProblem: (result: { problem: ImportProblem }) => describeProblem(result.problem, t),
    previewImport: (file: BackupFile, mode: ImportMode) => previewImport(db, file, mode),
    importBackup: async (file: BackupFile, mode: ImportMode, onProgress: Progress) => {
      const result = await importBackup(db, file, mode, { onProgress });
      // After a replace, everything here is exactly what that file holds: it is a backup of this data, so the
      // reminder should not say "never". (Not after a merge: the merged data is in no file yet.)
      if (mode === 'replace') await noteBackup(file.exportedAt);
      return result;
    },
    restoreSnapshot: (id: string) => succeeded(restoreSnapshot(db, id)),
    // Plans received in partner files (issue 13): listed in "Shared with you", each can become one's own.
    listSharedPlans: () => listSharedPlans(db),
    makeOwnCopy: (plan: LessonPlan) => succeeded(makeOwnCopy(db, plan.lesson.courseId, plan.lesson.itemId)),
    // Plan templates (issue 14): saved from a lesson panel; deleted here, and put back whole by Undo.
    listTemplates: () => listTemplates(db),
    deleteTemplate: (template: PlanTemplate) => succeeded(deleteTemplate(db, template.id)),
    restoreTemplate: (template: PlanTemplate) => succeeded(db.templates.put(template)),
    // The popup's unsaved note (storage.session) and edits still waiting in the outbox (storage.local) go
    // too: "all my data" means all of it. The outbox first, so a waiting change cannot bring a plan back.
    deleteAllData: () =>
      succeeded(
        clearOutbox({
          getAll: () => browser.storage.local.get(null),
          remove: (keys) => browser.storage.local.remove(keys),
        }).then(() => Promise.all([deleteAllData(db), clearDraft()])),
      ),
  };
}

export type OptionsActions = ReturnType<typeof optionsActions>;
