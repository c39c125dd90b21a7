import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import * as backupFormat from '../../../utils/backup/format';
import { requestSchemas } from '../../../utils/messaging/protocol';

// Issue 11: every array in every schema has an upper bound (Phase.supports took 100 000 entries, a 4.7 MB
// record, by message and by backup). This walks every schema exported from utils/schema/ (new files
// included, by glob), every request schema and the backup file's schemas, finds every array inside them at
// any depth, and proves each takes as many elements as its bound and refuses one more.

// biome-ignore lint/suspicious/noExplicitAny: walks zod's own definitions, whose types differ per kind.
type AnyDef = any;

const modules = import.meta.glob('../../../utils/schema/*.ts', { eager: true }) as Record<
  string,
  Record<string, unknown>
>;

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/** Every schema to walk, named by where it comes from. */
function roots(): Array<[string, z.ZodMiniType]> {
  const found: Array<[string, z.ZodMiniType]> = [];
  for (const [file, exports] of Object.entries(modules)) {
    const name = file.replace(/^.*\//, '');
    for (const [key, value] of Object.entries(exports)) if (isSchema(value)) found.push([`${name} ${key}`, value]);
  }
  for (const [type, schema] of Object.entries(requestSchemas)) found.push([`request ${type}`, schema]);
  for (const [key, value] of Object.entries(backupFormat)) if (isSchema(value)) found.push([`backup ${key}`, value]);
  return found;
}

/** Each array schema once (shared ones are reached from many roots), with the first path that reached it. */
function arrays(): Map<z.ZodMiniType, string> {
  const found = new Map<z.ZodMiniType, string>();
  const seen = new Set<unknown>();
  const walk = (schema: z.ZodMiniType, path: string) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def: AnyDef = schema._zod.def;
    switch (def.type) {
      case 'array':
        found.set(schema, path);
        walk(def.element, `${path}[]`);
        break;
      case 'object':
        for (const [key, value] of Object.entries(def.shape)) walk(value as z.ZodMiniType, `${path}.${key}`);
        break;
      case 'optional':
      case 'nullable':
        walk(def.innerType, path);
        break;
      case 'union':
        for (const option of def.options) walk(option, path);
        break;
      case 'record':
        walk(def.valueType, `${path}{}`);
        break;
      case 'pipe':
        walk(def.in, path);
        walk(def.out, path);
        break;
    }
  };
  for (const [name, schema] of roots()) walk(schema, name);
  return found;
}

/** A small valid value of `schema`, found from its kind and a few candidates (ids, dates, times, numbers). */
function sample(schema: z.ZodMiniType): unknown {
  const def: AnyDef = schema._zod.def;
  const first = (candidates: unknown[]) => candidates.find((value) => schema.safeParse(value).success);
  switch (def.type) {
    case 'object': {
      const plain = Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodMiniType>)
          .filter(([, value]) => (value._zod.def as AnyDef).type !== 'optional')
          .map(([key, value]) => [key, sample(value)]),
      );
      if (schema.safeParse(plain).success) return plain;
      // An object refined across its fields (a class meeting ends after it starts): numbers rising in
      // declaration order satisfy "later field is larger".
      let next = 0;
      const rising = Object.fromEntries(
        Object.entries(plain).map(([key, value]) => [key, typeof value === 'number' ? next++ : value]),
      );
      return rising;
    }
    case 'array': {
      const least = minLength(schema);
      return Array.from({ length: least }, () => sample(def.element));
    }
    case 'nullable':
      return null;
    case 'optional':
      return sample(def.innerType);
    case 'union':
      return sample(def.options[0]);
    case 'enum':
      return Object.values(def.entries)[0];
    case 'literal':
      return def.values[0];
    case 'boolean':
      return false;
    case 'string':
      return first(['1', 'A', '2025-09-15', '2025-09-15T12:00:00.000Z', 'a@b.example']);
    case 'number':
      return first([0, 1, 5, 30, 1_700_000_000_000]);
    default:
      return undefined;
  }
}

function lengthChecks(schema: z.ZodMiniType, kind: 'max_length' | 'min_length'): number[] {
  const checks: AnyDef[] = (schema._zod.def as AnyDef).checks ?? [];
  return checks
    .filter((check) => check._zod.def.check === kind)
    .map((check) => check._zod.def[kind === 'max_length' ? 'maximum' : 'minimum']);
}

function maxLength(schema: z.ZodMiniType): number | undefined {
  const bounds = lengthChecks(schema, 'max_length');
  return bounds.length > 0 ? Math.min(...bounds) : undefined;
}

function minLength(schema: z.ZodMiniType): number {
  return Math.max(0, ...lengthChecks(schema, 'min_length'));
}

/** Above this, filling an array to its bound only to see it accepted takes seconds (backup tables: 250 000). */
const FILLED_UP_TO = 1000;

describe('every array in every schema has an upper bound', () => {
  const found = arrays();

  it('finds the arrays it must (the walk reaches nested and request schemas)', () => {
    const paths = [...found.values()];
    expect(paths.length).toBeGreaterThan(15);
    expect(paths.some((path) => path.endsWith('.phases[].supports'))).toBe(true);
    expect(paths).toContain('backup BackupRecords.plans');
    expect(paths.some((path) => path.startsWith('request blocks.recordWeek'))).toBe(true);
  });

  it.each([...found].map(([schema, path]) => [path, schema] as const))('%s', (_path, schema) => {
    const bound = maxLength(schema);
    expect(bound, 'no maxLength check').toBeDefined();
    const elementSchema = (schema._zod.def as AnyDef).element as z.ZodMiniType;
    const element = sample(elementSchema);
    expect(elementSchema.safeParse(element).success, `sample element ${JSON.stringify(element)}`).toBe(true);
    const atBound = Array.from({ length: bound as number }, () => element);
    if ((bound as number) <= FILLED_UP_TO) {
      expect(schema.safeParse(atBound).success, 'the bound itself is accepted').toBe(true);
    }
    const over = schema.safeParse([...atBound, element]);
    expect(over.success).toBe(false);
    expect(over.error?.issues).toContainEqual(expect.objectContaining({ code: 'too_big', origin: 'array', path: [] }));
  });
});
