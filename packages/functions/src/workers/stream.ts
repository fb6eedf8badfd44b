import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { Outbox } from '@aksu/core';
import { configureDeployedWorker } from '../deployed.ts';

// Set up on the first invocation (the secrets are there by then), not at import.
let configured = false;

/**
 * The table stream's consumer in AWS: the event-source mapping hands over a batch of records and
 * gets back the first one that failed, so it retries from there (bisecting and, after its last
 * attempt, sending the record to the failure destination). The same `processStreamRecords` runs
 * under `pnpm dev` and in tests, polled from DynamoDB Local's stream.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  if (!configured) configureDeployedWorker();
  configured = true;
  const result = await Outbox.processStreamRecords(event.Records as Outbox.StreamRecordLike[], {
    onFailure: (failed, name, error) =>
      console.error(
        JSON.stringify({ level: 'error', msg: 'outbox handler failed', eventId: failed.eventId, type: failed.type, handler: name, error: error instanceof Error ? error.message : String(error) }),
      ),
  });
  return { batchItemFailures: result.batchItemFailures };
}
