import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { localClient } from '../../scripts/lib/dynamodb-local.ts';

export interface Insert {
  /** The table's change sequence: the order in which DynamoDB committed the writes. */
  sequence: bigint;
  image: Record<string, { S?: string; N?: string }>;
}

/**
 * Every INSERT the table's stream holds whose new image passes `keep`, in commit order. The stream is
 * the database's own record of when each write took effect, independent of anything the API says.
 */
export async function insertsInCommitOrder(
  endpoint: string,
  tableName: string,
  keep: (image: Insert['image']) => boolean,
): Promise<Insert[]> {
  const table = localClient(endpoint);
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { Table } = await table.send(new DescribeTableCommand({ TableName: tableName }));
    const StreamArn = Table?.LatestStreamArn;
    if (!StreamArn) throw new Error(`${tableName} has no stream`);
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn }));
    const out: Insert[] = [];
    for (const shard of StreamDescription?.Shards ?? []) {
      let iterator = (
        await streams.send(
          new GetShardIteratorCommand({ StreamArn, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }),
        )
      ).ShardIterator;
      // An open shard always hands back a next iterator; an empty page means we have read up to now.
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        for (const record of page.Records ?? []) {
          const image = record.dynamodb?.NewImage as Insert['image'] | undefined;
          if (record.eventName === 'INSERT' && image && keep(image))
            out.push({ sequence: BigInt(record.dynamodb!.SequenceNumber!), image });
        }
        if (!page.Records?.length) break;
        iterator = page.NextShardIterator;
      }
    }
    return out.sort((a, b) => (a.sequence < b.sequence ? -1 : a.sequence > b.sequence ? 1 : 0));
  } finally {
    table.destroy();
    streams.destroy();
  }
}
