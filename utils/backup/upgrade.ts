import type { TableName } from './format';

// Older backup files still import (issue 13): their records are brought to the current version's shape
// before they are checked, exactly as the database upgrade (utils/db/versions.ts, v5) brings stored records.
// Only what a version added with a default is filled in; anything else wrong in an old record is still refused.

/**
 * The record as the current version would have written it. `version` is the file's. Returns the input
 * itself when nothing needs filling, so problems are reported against what the file holds.
 */
export function upgradeRecord(version: number, table: TableName, record: unknown): unknown {
  if (version < 2 && table === 'plans' && isObject(record) && !Object.hasOwn(record, 'taughtOn')) {
    // Version 2 added the days a lesson is taught; a version 1 plan had none recorded.
    return { ...record, taughtOn: [] };
  }
  return record;
}

/** Tables a version's files may lack, read as empty. */
export function tablesAddedAfter(version: number): readonly TableName[] {
  // Version 2 added class meetings, version 3 templates.
  if (version < 2) return ['classMeetings', 'templates'];
  return version < 3 ? ['templates'] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
