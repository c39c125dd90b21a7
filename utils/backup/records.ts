import { RECORD_SCHEMAS, type TableName } from './format';
import type { FieldReason, ImportProblem } from './problem';

// One imported record against its table's schema. zod/mini objects silently drop keys they do not know;
// an import must refuse them instead (a typo such as "colur" would otherwise vanish, and a newer Tandem's
// field would be lost on the next export), so the parsed output is compared with the input, key by key.

/** A schema issue, in the parts this module reads (zod/mini issues carry no readable message). */
interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  expected?: string;
  maximum?: unknown;
  minimum?: unknown;
}

export type RecordCheck = { ok: true; record: unknown } | { ok: false; problem: ImportProblem };

export function checkRecord(table: TableName, index: number, input: unknown): RecordCheck {
  const result = RECORD_SCHEMAS[table].safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0] as SchemaIssue;
    return { ok: false, problem: { table, index, ...problemFromIssue(issue, input) } };
  }
  const unknown = unknownField(input, result.data, '');
  if (unknown !== null) return { ok: false, problem: { code: 'unknown-field', table, index, field: unknown } };
  return { ok: true, record: result.data };
}

/** The path of the first key present in `input` but not in the parsed `output`, at any depth. */
export function unknownField(input: unknown, output: unknown, path: string): string | null {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      const found = unknownField(input[i], output[i], join(path, String(i)));
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return null;
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return join(path, key);
    const found = unknownField(input[key], output[key], join(path, key));
    if (found !== null) return found;
  }
  return null;
}

function problemFromIssue(issue: SchemaIssue, input: unknown): Omit<ImportProblem, 'table' | 'index'> {
  const field = issue.path.map(String).join('.');
  const detail = [issue.code, issue.origin, issue.format, issue.expected && `expected ${issue.expected}`]
    .filter(Boolean)
    .join(' ');
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { code: 'too-long', field, detail, ...(typeof issue.maximum === 'number' ? { limit: issue.maximum } : {}) };
  }
  return { code: 'bad-record', field, detail, reason: reasonOf(issue, valueAt(input, issue.path)) };
}

function reasonOf(issue: SchemaIssue, value: unknown): FieldReason {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing' : 'wrong-type';
    case 'invalid_value':
      return 'not-allowed';
    case 'invalid_format':
      if (issue.format === 'date') return 'bad-date';
      if (issue.format === 'datetime') return 'bad-time';
      return 'bad-format';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'empty' : 'too-small';
    case 'too_big':
      return 'too-big';
    default:
      return 'invalid';
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
