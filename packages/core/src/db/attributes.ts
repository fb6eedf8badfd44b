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

/** The table's own key for a record read by one id: the id alone in the partition key, an empty sort key. */
export const keyedBy = <const Id extends string>(id: Id) =>
  ({ pk: { field: 'pk', composite: [id] }, sk: { field: 'sk', composite: [] } }) as const;
