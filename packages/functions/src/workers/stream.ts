import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { IMPORT_CONTINUED, IMPORT_UPLOADED } from '@aksu/core/imports/import-events';
import * as Outbox from '@aksu/core/outbox/index';
import { configureDeployedWorker } from '../deployed.ts';
import { instrumented } from '../observability/lambda.ts';
import { log } from '../observability/logger.ts';
import { countMetric, METRIC } from '../observability/metrics.ts';

// Set up on the first invocation (the secrets are there by then), not at import.
let configured = false;

/** Outbox event types whose handler is one budgeted run of an import. */
const IMPORT_RUN_EVENTS = new Set<string>([IMPORT_UPLOADED, IMPORT_CONTINUED]);

/**
 * The table stream's consumer in AWS: the event-source mapping hands over a batch of records and
 * gets back the first one that failed, so it retries from there (bisecting and, after its last
 * attempt, sending the record to the failure destination). The same `processStreamRecords` runs
 * under `pnpm dev` and in tests, polled from DynamoDB Local's stream.
 */
export const handler = instrumented(
  async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    if (!configured) configureDeployedWorker();
    configured = true;
    const result = await Outbox.processStreamRecords(event.Records as Outbox.StreamRecordLike[], {
      onFailure: (failed, name, error) => {
        countMetric(METRIC.handlerFailures);
        log.error('outbox handler failed', {
          eventId: failed.eventId,
          type: failed.type,
          handler: name,
          error: error instanceof Error ? error.message : String(error),
        });
      },
      onHandled: (handled) => {
        if (IMPORT_RUN_EVENTS.has(handled.type)) countMetric(METRIC.importRuns);
      },
    });
    return { batchItemFailures: result.batchItemFailures };
  },
  { trafficClass: 'stream' },
);
