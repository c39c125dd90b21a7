import * as z from 'zod/mini';

// zod/mini objects drop keys they do not know. For a stored record read back that is harmless, but a
// request that carries only unknown keys ("settings.save" with {foo: 1}) would pass as an update with
// nothing in it, and a misspelt field would vanish without a word (issue 11). Requests are therefore
// checked with a strict copy of their schema: the same shapes, checks and types, with every object at every
// depth refusing keys it does not know. The record schemas themselves stay as they are: the backup parser
// names an unknown field its own way (utils/backup/records.ts), and the database reads its rows with them.

// biome-ignore lint/suspicious/noExplicitAny: walks zod's own definitions, whose types differ per kind.
type AnyDef = any;

/**
 * A copy of `schema` whose objects, at every depth, refuse unknown keys. Each part is cloned from its own
 * definition with only its children (and an object's catch-all) replaced, so checks, refinements and
 * flags such as a partial record's stay exactly as they were, and so do the inferred types.
 */
export function strictDeep<T extends z.ZodMiniType>(schema: T): T {
  const def: AnyDef = schema._zod.def;
  const copy = (changes: Record<string, unknown>) => (schema as AnyDef).clone({ ...def, ...changes }) as T;
  switch (def.type) {
    case 'object': {
      const shape = Object.entries(def.shape as Record<string, z.ZodMiniType>).map(([key, value]) => [
        key,
        strictDeep(value),
      ]);
      return copy({ shape: Object.fromEntries(shape), catchall: z.never() });
    }
    case 'array':
      return copy({ element: strictDeep(def.element) });
    case 'optional':
    case 'nullable':
      return copy({ innerType: strictDeep(def.innerType) });
    case 'union':
      return copy({ options: (def.options as z.ZodMiniType[]).map(strictDeep) });
    case 'record':
      return copy({ valueType: strictDeep(def.valueType) });
    default:
      return schema; // strings, numbers, enums, literals: nothing inside to make strict
  }
}

/** strictDeep for each schema of a table of request schemas. */
export function strictSchemas<T extends Record<string, z.ZodMiniType>>(schemas: T): T {
  return Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, strictDeep(schema)])) as T;
}
