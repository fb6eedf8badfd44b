import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { db, Outbox, tableStreamArn } from '@aksu/core';

/**
 * Every record the test file's table stream holds, read from the oldest through the real Streams
 * API of DynamoDB Local, shard by shard until each is read to its current end.
 */
export async function streamRecords(): Promise<_Record[]> {
  const { config } = db();
  const streams = new DynamoDBStreamsClient({
    region: 'local',
    endpoint: config.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const streamArn = await tableStreamArn();
  if (!streamArn) throw new Error('The table has no stream');
  const records: _Record[] = [];
  let start: string | undefined;
  do {
    const { StreamDescription } = await streams.send(
      new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
    );
    for (const shard of StreamDescription?.Shards ?? []) {
      let { ShardIterator: iterator } = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId!,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      while (iterator) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        records.push(...(page.Records ?? []));
        // An open shard answers an empty page at its current end: everything written so far has been read.
        if (!page.Records?.length) break;
        iterator = page.NextShardIterator;
      }
    }
    start = StreamDescription?.LastEvaluatedShardId;
  } while (start);
  return records;
}

/**
 * Runs the outbox handlers over the whole stream again, as a redelivery after a crash would; resolves when they have
 * all run.
 */
export async function replayStream(): Promise<number> {
  const records = await streamRecords();
  const result = await Outbox.processStreamRecords(records as Outbox.StreamRecordLike[]);
  if (result.batchItemFailures.length)
    throw new Error(`replay stopped at ${result.batchItemFailures[0]!.itemIdentifier}`);
  return result.handled;
}
