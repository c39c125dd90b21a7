import type { LessonPlan } from '../schema/plan';
import { type BackupData, type BackupFile, emptyData, type PartnerScope, type TableName } from './format';
import { type ImportPreview, type MergeRules, mergeRecords } from './merge';

// Merging a partner file (utils/backup/partner-file.ts) into the receiver's Tandem. Record by record, the
// newer edit wins, as any merge (merge.ts) — except that:
// - only people, plans, class meetings and notes come in: a partner file never brings settings, planning
//   blocks or lost time (a forged one that holds them has them left out);
// - every plan comes in marked "Shared by <sender>" (one the file left unmarked is marked here);
// - a plan the receiver made their own (stored without `sharedBy`) is never replaced: kept, and listed as
//   a conflict "you made your own copy";
// - a shared plan that differs only in its mark (the same plan in a newer file) counts as unchanged, so
//   importing next week's file lists only what really changed.

/** The tables a partner file may bring. */
export const PARTNER_TABLES: readonly TableName[] = ['people', 'plans', 'classMeetings', 'notes'];

/** The file's records that can come in, every plan marked as shared by the file's sender. */
export function partnerIncoming(file: BackupFile & { scope: PartnerScope }): BackupData {
  const incoming = emptyData();
  incoming.people = file.records.people;
  incoming.classMeetings = file.records.classMeetings;
  incoming.notes = file.records.notes;
  incoming.plans = file.records.plans.map((plan) =>
    plan.sharedBy ? plan : { ...plan, sharedBy: { name: file.scope.sharedBy, at: file.exportedAt } },
  );
  return incoming;
}

const PARTNER_RULES: MergeRules = {
  protect: (table, mine) => (table === 'plans' && !(mine as LessonPlan).sharedBy ? 'own-copy' : undefined),
  comparable: (table, record) => {
    if (table !== 'plans') return record;
    const { sharedBy: _mark, ...rest } = record as LessonPlan;
    return rest;
  },
};

export function mergePartnerFile(
  existing: BackupData,
  file: BackupFile & { scope: PartnerScope },
): { preview: ImportPreview; writes: BackupData } {
  return mergeRecords(existing, partnerIncoming(file), PARTNER_RULES);
}

export function isPartnerFile(file: BackupFile): file is BackupFile & { scope: PartnerScope } {
  return file.scope?.kind === 'partner';
}
