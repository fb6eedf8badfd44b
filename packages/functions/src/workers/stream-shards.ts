import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { db } from '@aksu/core/db/service';

/** Where the local stream consumer stands in one shard of the table's stream. */
export interface ShardState {
  id: string;
  parentId?: string;
  iterator?: string;
  /** The last record handled (or set aside); reading resumes after it. */
  lastSeq?: string;
  /** An outbox record was handled since the position was last saved. */
  dirty: boolean;
  /** Closed and read to its end. */
  done: boolean;
}

/** A Streams client for the table's endpoint (DynamoDB Local answers with any credentials). */
export function streamsClient(): DynamoDBStreamsClient {
  const { config } = db();
  return new DynamoDBStreamsClient({
    region: config.endpoint ? 'local' : config.region,
    endpoint: config.endpoint,
    ...(config.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

/** Adds the stream's shards not yet known, each to resume after its saved position. */
export async function discoverShards(
  streams: DynamoDBStreamsClient,
  streamArn: string,
  shards: Map<string, ShardState>,
  saved: Record<string, string>,
): Promise<void> {
  let start: string | undefined;
  do {
    const { StreamDescription } = await streams.send(
      new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
    );
    for (const shard of StreamDescription?.Shards ?? ([] as Shard[])) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      shards.set(shard.ShardId, {
        id: shard.ShardId,
        parentId: shard.ParentShardId,
        lastSeq: saved[shard.ShardId],
        dirty: false,
        done: false,
      });
    }
    start = StreamDescription?.LastEvaluatedShardId;
  } while (start);
}

/** A child shard is read only after its parent is finished, so an item's records stay in order. */
export const readyToRead = (shards: Map<string, ShardState>) => (shard: ShardState) =>
  !shard.done && !(shard.parentId && shards.get(shard.parentId)?.done === false);

/** Where reading resumes: after the last record handled, or at the oldest record the stream still holds. */
export async function iteratorFor(streams: DynamoDBStreamsClient, streamArn: string, shard: ShardState) {
  const { ShardIterator } = await streams.send(
    new GetShardIteratorCommand({
      StreamArn: streamArn,
      ShardId: shard.id,
      ...(shard.lastSeq
        ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: shard.lastSeq }
        : { ShardIteratorType: 'TRIM_HORIZON' }),
    }),
  );
  return ShardIterator;
}
