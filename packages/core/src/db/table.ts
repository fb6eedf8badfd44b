import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table's key schema. The SST `Database` stack and the local bootstrap both derive the
 * table from this object, so a key or index cannot exist in one environment and not the other.
 *
 * Indexes are generic (`gsiNpk`/`gsiNsk`); each entity documents which access pattern it puts on
 * which index.
 */
export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: {
    gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    gsi3: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  },
  /** Epoch seconds; DynamoDB deletes expired guards, throttles and idempotency records. */
  timeToLiveAttribute: 'expiresAt',
  /**
   * The stream carries new images only: the outbox worker needs each new event item, and nothing
   * reads old images. Local and AWS tables both have it, so the worker runs the same everywhere.
   */
  stream: 'NEW_IMAGE',
} as const;

export type IndexName = keyof typeof tableDefinition.globalIndexes;

/** Every key attribute is a string, which keeps ElectroDB's composite keys uniform. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, globalIndexes } = tableDefinition;
  const attributes = new Set<string>([partitionKey, sortKey]);
  for (const index of Object.values(globalIndexes)) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    StreamSpecification: { StreamEnabled: true, StreamViewType: tableDefinition.stream },
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: Object.entries(globalIndexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
