import type { TableName } from './format';

// What is wrong with a file someone tried to import, precisely enough to say it in plain words and to
// point at the place (utils/backup/describe.ts). `index` counts records from 0, as in the file's arrays.

export type ImportProblemCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-tandem'
  | 'newer-version'
  | 'bad-record'
  | 'unknown-field'
  | 'too-long'
  | 'duplicate-id'
  | 'plan-not-its-lesson'
  | 'too-many';

/** Why a field was refused ('bad-record'), read from the schema's issue (zod/mini carries no message text). */
export type FieldReason =
  | 'missing'
  | 'wrong-type'
  | 'not-allowed'
  | 'bad-date'
  | 'bad-time'
  | 'bad-format'
  | 'empty'
  | 'too-big'
  | 'too-small'
  | 'invalid';

export type ImportProblem = {
  code: ImportProblemCode;
  table?: TableName;
  index?: number;
  /** Dotted path inside the record (or the file), e.g. "lesson.colour" or "stations.0.name". */
  field?: string;
  /** Technical detail for developers (the schema issue), never needed to understand the problem. */
  detail?: string;
  reason?: FieldReason;
  /** 'too-large': the file's size in bytes. */
  size?: number;
  /** 'too-large': bytes allowed; 'too-long': characters allowed; 'too-many': records allowed. */
  limit?: number;
  /** 'too-many': records the table holds. 'newer-version': the file's version. */
  found?: number;
  /** 'duplicate-id': the earlier record with the same id. */
  firstIndex?: number;
  /** 'plan-not-its-lesson': the plan's id as the file has it, and the id its lesson gives a plan. */
  recordId?: string;
  expectedId?: string;
};
