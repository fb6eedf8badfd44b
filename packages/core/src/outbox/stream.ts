import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DomainEvent } from './events.ts';
import { handlersFor } from './handlers.ts';
import { OUTBOX_ENTITY } from './outbox-event.entity.ts';

/**
 * The part of a stream record the worker reads. Lambda's `DynamoDBStreamEvent` records and the
 * records `GetRecords` returns (DynamoDB Local's stream in `pnpm dev` and tests) share this shape,
 * so both run the same code.
 */
export interface StreamRecordLike {
  eventName?: string;
  dynamodb?: {
    SequenceNumber?: string;
    NewImage?: Record<string, AttributeValue> | Record<string, unknown>;
  };
}

export interface BatchResult {
  /** Lambda's partial batch response: the first record that failed; it and everything after it are retried. */
  batchItemFailures: Array<{ itemIdentifier: string }>;
  handled: number;
}

/** The domain event an outbox INSERT carries, or undefined for every other item change. */
export function outboxEventOf(record: StreamRecordLike): DomainEvent | undefined {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return undefined;
  // The marker is read before anything is converted: other items are none of the worker's business,
  // and one it cannot convert must not stop the stream.
  const raw = record.dynamodb.NewImage as Record<string, { S?: string }>;
  if (raw.__edb_e__?.S !== OUTBOX_ENTITY) return undefined;
  const image = unmarshall(withEmptyMaps(record.dynamodb.NewImage) as Record<string, AttributeValue>);
  return { eventId: image.eventId, type: image.type, occurredAt: image.occurredAt, payload: image.payload ?? {} };
}

/**
 * The Streams client reads an empty map (`{"M":{}}`) as `{}`, which `unmarshall` refuses; an event
 * payload holding an empty object would otherwise never be handled. Puts the `M` back.
 */
function withEmptyMaps(image: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, attributeValue(value)]));
}

function attributeValue(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const v = value as { M?: Record<string, unknown>; L?: unknown[] };
  if (Object.keys(v).length === 0) return { M: {} };
  if (v.M) return { M: withEmptyMaps(v.M) };
  if (v.L) return { L: v.L.map(attributeValue) };
  return value;
}

export interface ProcessOptions {
  /** Called once per handler that threw, before the batch stops there; for logs and metrics. */
  onFailure?: (event: DomainEvent, handler: string, error: unknown) => void;
  onHandled?: (event: DomainEvent, handler: string, ms: number) => void;
}

/**
 * Runs the handlers of every outbox event in the batch, in stream order. At the first failure it
 * stops and reports that record, so the event source (Lambda's mapping, or the local poller)
 * retries from there: records of one item stay in order, and handlers already run are idempotent.
 */
export async function processStreamRecords(
  records: StreamRecordLike[],
  options: ProcessOptions = {},
): Promise<BatchResult> {
  let handled = 0;
  for (const record of records) {
    const event = outboxEventOf(record);
    if (!event) continue;
    for (const handler of handlersFor(event.type)) {
      const started = Date.now();
      try {
        await handler.run(event);
      } catch (error) {
        options.onFailure?.(event, handler.name, error);
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }], handled };
      }
      options.onHandled?.(event, handler.name, Date.now() - started);
    }
    handled++;
  }
  return { batchItemFailures: [], handled };
}
