import { tableDefinition, type IndexName } from './table.ts';

/**
 * What a record that is edited in place carries: when it was made and last changed, and the version
 * an update must name, so two people editing the same record cannot silently overwrite each other.
 * `as const` keeps the literal types ElectroDB reads the item type from.
 */
export const VERSIONED = {
  createdAt: { type: 'string', required: true },
  updatedAt: { type: 'string', required: true },
  version: { type: 'number', required: true },
} as const;

const { partitionKey, sortKey, globalIndexes } = tableDefinition;

/** The table's own key for a record read by one id: the id alone in the partition key, an empty sort key. */
export const keyedBy = <const Id extends string>(id: Id) =>
  ({ pk: { field: partitionKey, composite: [id] }, sk: { field: sortKey, composite: [] } }) as const;

/**
 * An access pattern on one of the table's secondary indexes, with that index's own key fields, so an
 * entity names only the index and the attributes its keys are made of.
 */
export const onIndex = <
  const I extends IndexName,
  const Pk extends readonly string[],
  const Sk extends readonly string[],
>(
  index: I,
  pk: Pk,
  sk: Sk,
) =>
  ({
    index,
    pk: { field: globalIndexes[index].partitionKey, composite: pk },
    sk: { field: globalIndexes[index].sortKey, composite: sk },
  }) as const;

/** A counter item's numbers, one attribute per field, each only ever added to. */
export const countedFields = <const F extends string>(fields: readonly F[]) =>
  Object.fromEntries(fields.map((f) => [f, { type: 'number' as const }])) as Record<F, { type: 'number' }>;
