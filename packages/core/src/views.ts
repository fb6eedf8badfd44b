import type { z } from 'zod';

const keysOf = new WeakMap<z.ZodObject, string[]>();

/**
 * A response built from a stored item by naming its fields: exactly the keys the view's schema
 * declares, nothing else. The schema is the allow-list, so a new attribute on an entity (a hash, a
 * key, bookkeeping, a secret) stays in the table until someone adds it to the view on purpose,
 * and the OpenAPI document, which is generated from the same schema, describes what is sent.
 * Absent fields stay absent (never `undefined` keys).
 */
export function pickView<S extends z.ZodObject>(schema: S, record: object): z.infer<S> {
  let keys = keysOf.get(schema);
  if (!keys) {
    keys = Object.keys(schema.shape);
    keysOf.set(schema, keys);
  }
  const source = record as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) view[key] = source[key];
  return view as z.infer<S>;
}
