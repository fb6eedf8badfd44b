import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity, type Schema } from 'electrodb';

/**
 * ElectroDB builds an entity's whole model when the entity is constructed: attributes, indexes,
 * key templates, the query chains. The table has over sixty entities and every function imports
 * them all through the service, so building them at import was about a tenth of every Lambda's
 * init, while the public and phone functions use a fifth of them (`pnpm bench lambda-bundle`).
 *
 * `entity(schema)` declares an entity that is built on its first use instead. It has the type
 * `new Entity(schema)` would have and stands for it everywhere: each property read is answered by
 * the one built entity, and its methods are bound to it, so ElectroDB's own `this` is never the
 * stand-in. An entity that is never used is never built.
 */
export function entity<
  A extends string,
  F extends string,
  C extends string,
  S extends Schema<A, F, C, P>,
  P extends string = string,
>(schema: S): Entity<A, F, C, S, P> {
  let built: Entity<A, F, C, S, P> | undefined;
  const build = () => {
    if (!built) {
      built = new Entity<A, F, C, S, P>(schema);
      if (target) point(built, target);
      everyBuilt.add(built);
    }
    return built;
  };
  // A method read from the entity, bound to it once: `entity.get(...)` is called with the built
  // entity as `this`, and reading the same method twice gives the same function.
  const bound = new Map<PropertyKey, { method: unknown; bound: unknown }>();
  return new Proxy({} as Entity<A, F, C, S, P>, {
    get(_standIn, key) {
      const real = build();
      const value: unknown = Reflect.get(real, key, real);
      if (typeof value !== 'function') return value;
      const known = bound.get(key);
      if (known?.method === value) return known.bound;
      const fresh = (value as (...args: unknown[]) => unknown).bind(real);
      bound.set(key, { method: value, bound: fresh });
      return fresh;
    },
    set: (_standIn, key, value) => Reflect.set(build(), key, value),
    defineProperty: (_standIn, key, descriptor) => Reflect.defineProperty(build(), key, descriptor),
    deleteProperty: (_standIn, key) => Reflect.deleteProperty(build(), key),
    has: (_standIn, key) => Reflect.has(build(), key),
    ownKeys: () => Reflect.ownKeys(build()),
    getOwnPropertyDescriptor(_standIn, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(build(), key);
      // The proxy's own target has none of these properties; a proxy may not report a property as
      // non-configurable unless its target has it so.
      return descriptor && { ...descriptor, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(build()),
  });
}

interface Target {
  client: DynamoDBDocumentClient;
  table: string;
}

/** Where entities send their requests: set by the service, kept for entities built later. */
let target: Target | undefined;
interface Pointable {
  setClient(client: DynamoDBDocumentClient): void;
  setTableName(table: string): void;
}
const everyBuilt = new Set<Pointable & { schema: { model: { entity: string } } }>();

function point(built: Pointable, to: Target) {
  built.setTableName(to.table);
  built.setClient(to.client);
}

/** Points every entity, built or yet to be built, at a table through a client. */
export function pointEntitiesAt(client: DynamoDBDocumentClient, table: string): void {
  target = { client, table };
  for (const built of everyBuilt) point(built, target);
}

/** The entities this process has built so far, by model name: what its requests have used. */
export const builtEntities = (): string[] => [...everyBuilt].map((built) => built.schema.model.entity).sort();
