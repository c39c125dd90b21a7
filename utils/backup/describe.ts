import type { Labels } from '../planning-time/agenda';
import type { TableName } from './format';
import type { FieldReason, ImportProblem } from './problem';
import { formatMegabytes } from './size';

// A refused import in plain words: what is wrong and where, so a teacher can tell "the download was cut
// off, export again" from "this is someone else's file", and a helper can find the record in the file.
// Records are counted from 1 here ("Record 13"), as people count; the problem's index counts from 0.

/** Field names come from the file: clipped, so a hostile file cannot fill the screen. */
const FIELD_SHOWN = 60;

export function describeProblem(problem: ImportProblem, t: Labels): string {
  switch (problem.code) {
    case 'too-large':
      return t('backupErrorTooLarge', [
        formatMegabytes(problem.size ?? 0),
        formatMegabytes(problem.limit ?? 0, { whole: true }),
      ]);
    case 'empty':
      return t('backupErrorEmpty');
    case 'not-json':
      return t('backupErrorNotJson');
    case 'truncated':
      return t('backupErrorTruncated');
    case 'not-tandem':
      return t('backupErrorNotTandem');
    case 'newer-version':
      return t('backupErrorNewerVersion', String(problem.found ?? '?'));
    case 'too-many':
      return t('backupErrorTooMany', [count(problem.found), tableLabel(problem.table, t), count(problem.limit)]);
    case 'duplicate-id':
      return t('backupErrorDuplicateId', [
        ordinal(problem.index),
        tableLabel(problem.table, t),
        ordinal(problem.firstIndex),
      ]);
    case 'plan-not-its-lesson':
      return t('backupErrorInRecord', [
        ordinal(problem.index),
        tableLabel(problem.table, t),
        t('backupPlanNotItsLesson', [shown(problem.recordId), shown(problem.expectedId)]),
      ]);
    default:
      return placed(problem, fieldSentence(problem, t), t);
  }
}

/** Puts a sentence about a field in its place: a record of a table, a table, or the file itself. */
function placed(problem: ImportProblem, sentence: string, t: Labels): string {
  if (problem.table !== undefined && problem.index !== undefined) {
    return t('backupErrorInRecord', [ordinal(problem.index), tableLabel(problem.table, t), sentence]);
  }
  if (problem.table !== undefined) {
    return problem.reason === 'missing'
      ? t('backupErrorTableMissing', tableLabel(problem.table, t))
      : t('backupErrorTableNotList', tableLabel(problem.table, t));
  }
  if (problem.code === 'unknown-field') return t('backupErrorUnknownPart', shown(problem.field));
  return t('backupErrorInFile', sentence);
}

function fieldSentence(problem: ImportProblem, t: Labels): string {
  const field = shown(problem.field);
  if (problem.code === 'unknown-field') return t('backupFieldUnknown', field);
  if (problem.code === 'too-long') return t('backupFieldTooLong', [field, count(problem.limit)]);
  if (!problem.field) return t('backupRecordNotObject');
  return reasonSentence(problem.reason ?? 'invalid', field, t);
}

function reasonSentence(reason: FieldReason, field: string, t: Labels): string {
  switch (reason) {
    case 'missing':
      return t('backupFieldMissing', field);
    case 'wrong-type':
      return t('backupFieldWrongType', field);
    case 'not-allowed':
      return t('backupFieldNotAllowed', field);
    case 'bad-date':
      return t('backupFieldBadDate', field);
    case 'bad-time':
      return t('backupFieldBadTime', field);
    case 'bad-format':
      return t('backupFieldBadFormat', field);
    case 'empty':
      return t('backupFieldEmpty', field);
    case 'too-big':
      return t('backupFieldTooBig', field);
    case 'too-small':
      return t('backupFieldTooSmall', field);
    default:
      return t('backupFieldInvalid', field);
  }
}

/** The table's name as a reader says it ("lesson plans"); literal keys so the i18n test sees each one. */
export function tableLabel(table: TableName | undefined, t: Labels): string {
  switch (table) {
    case 'people':
      return t('backupTablePeople');
    case 'plans':
      return t('backupTablePlans');
    case 'classMeetings':
      return t('backupTableClassMeetings');
    case 'templates':
      return t('backupTableTemplates');
    case 'notes':
      return t('backupTableNotes');
    case 'blocks':
      return t('backupTableBlocks');
    case 'lost':
      return t('backupTableLost');
    case 'settings':
      return t('backupTableSettings');
    default:
      return t('backupTableUnknown');
  }
}

function shown(field: string | undefined): string {
  const text = field ?? '';
  return text.length > FIELD_SHOWN ? `${text.slice(0, FIELD_SHOWN)}…` : text;
}

function ordinal(index: number | undefined): string {
  return index === undefined ? '?' : (index + 1).toLocaleString();
}

function count(value: number | undefined): string {
  return value === undefined ? '?' : value.toLocaleString();
}
