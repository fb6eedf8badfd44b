import { RemovalPolicy } from 'aws-cdk-lib';
import { Table, type StackContext } from 'sst/constructs';
import { tableDefinition } from '../packages/core/src/db/table.ts';
import { filesBucket } from './lib/files-bucket.ts';
import { isProduction } from './lib/stage.ts';

/**
 * The single table, shaped by core's `tableDefinition` so DynamoDB in AWS and DynamoDB Local have
 * the same keys and indexes.
 *
 * Core is imported by relative path, not as `@aksu/core`: SST's config loader bundles relative
 * imports but leaves every root dependency external, and Node 20 cannot import `.ts` from there.
 */
export function Database({ stack }: StackContext) {
  const { partitionKey, sortKey, globalIndexes, timeToLiveAttribute, stream } = tableDefinition;
  const indexKeys = Object.values(globalIndexes).flatMap((index) => [index.partitionKey, index.sortKey]);
  const keyAttributes = [partitionKey, sortKey, ...indexKeys];
  const production = isProduction(stack.stage);

  const table = new Table(stack, 'Table', {
    fields: Object.fromEntries(keyAttributes.map((name) => [name, 'string' as const])),
    primaryIndex: { partitionKey, sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(globalIndexes).map(([name, index]) => [
        name,
        { partitionKey: index.partitionKey, sortKey: index.sortKey, projection: 'all' as const },
      ]),
    ),
    timeToLiveAttribute,
    // The outbox's way out: the Workers stack's event-source mapping reads it.
    stream: stream.toLowerCase() as Lowercase<typeof stream>,
    cdk: {
      // Point-in-time recovery is already on in SST's Table; repeating it here throws.
      table: {
        deletionProtection: production,
        removalPolicy: production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });

  // `pnpm create-admin` needs it to bootstrap the first admin of a stage.
  stack.addOutputs({ TableName: table.tableName });

  // Uploaded files live beside the table: the other half of what the platform stores.
  const files = filesBucket(stack);

  return { table, files };
}
