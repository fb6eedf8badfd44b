import {
  GetRecordsCommand,
  type DynamoDBStreamsClient,
  type GetRecordsCommandOutput,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { db } from '@aksu/core/db/service';
import type { DomainEvent } from '@aksu/core/outbox/events';
import * as Outbox from '@aksu/core/outbox/index';
import { RunnerStates, tableStreamArn } from '@aksu/core/runner/runner-states';
import { log as appLog } from '../observability/logger.ts';
import { discoverShards, iteratorFor, readyToRead, streamsClient, type ShardState } from './stream-shards.ts';

/**
 * The stream consumer of `pnpm dev` and the tests: polls the table's stream on DynamoDB Local through
 * the real Streams API and hands records to the same `processStreamRecords` the Lambda runs. It does
 * locally what the AWS event-source mapping does: in order per shard, children after their parent,
 * a failed record retried with backoff and, after the last attempt, parked so the stream moves on.
 */
export interface StreamWorkerOptions {
  /** Names the checkpoint: two consumers of one table keep separate positions. */
  consumer?: string;
  /** Read the whole stream again from its oldest record, ignoring the checkpoint (a replay). */
  fromStart?: boolean;
  /** How long to wait when no shard had anything new. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Attempts per record before it is parked; like the mapping's maximum retry attempts. */
  maxAttempts?: number;
  /** First retry delay; it doubles per attempt, up to 10 s. */
  backoffMs?: number;
  log?: (entry: Record<string, unknown>) => void;
  /** The Streams client; by default one for the table's endpoint. */
  streams?: DynamoDBStreamsClient;
}

export interface StreamWorker {
  /** Starts polling (again, after `stop`), from the checkpoint. */
  start(): void;
  /** Finishes the record in hand, saves the position and resolves once polling has ended. */
  stop(): Promise<void>;
  readonly running: boolean;
}

// Through the app's one logger, which honours LOG_LEVEL (silent in tests).
const defaultLog = ({ msg, level, ...fields }: Record<string, unknown>) => {
  const message = typeof msg === 'string' ? msg : 'stream worker';
  if (level === 'error') appLog.error(message, fields);
  else if (level === 'warn') appLog.warn(message, fields);
  else appLog.info(message, fields);
};

/** How often an active worker lists the stream's shards again even when nothing closed. */
const RELIST_MS = 5_000;

const errorName = (error: unknown) => (error as { name?: string })?.name ?? '';

export function createStreamWorker(options: StreamWorkerOptions = {}): StreamWorker {
  const {
    consumer = 'local',
    pollIntervalMs = 300,
    batchSize = 100,
    maxAttempts = 5,
    backoffMs = 200,
    log = defaultLog,
    streams = streamsClient(),
  } = options;
  const scope = `stream:${consumer}`;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const shards = new Map<string, ShardState>();
  let saved: Record<string, string> = {};
  let started = 0;

  /** Waits `ms` or until `stop()`, whichever comes first. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const { config } = db();
  const ready = readyToRead(shards);
  /** When the stream's shards were last listed; 0 lists them on the next poll (as does an empty list). */
  let listedAt = 0;
  /**
   * Listing the shards on every poll was a DescribeStream per poll, most of what an idle worker
   * cost DynamoDB Local. A shard only appears when another closes (this worker then lists at once)
   * or while none is open to read; otherwise a listing now and then catches any other change.
   */
  const listingDue = () => Date.now() - listedAt >= RELIST_MS || ![...shards.values()].some(ready);

  async function savePosition(shard: ShardState) {
    if (!shard.dirty || !shard.lastSeq) return;
    await RunnerStates.write(scope, shard.id, shard.lastSeq);
    shard.dirty = false;
  }

  /** Runs one record's handlers until they succeed or are parked; false when stopped before that. */
  async function handle(record: _Record, shard: ShardState): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      let failure: { event?: DomainEvent; handler: string; error: unknown } | undefined;
      try {
        await Outbox.processStreamRecords([record], {
          onFailure: (event, handler, error) => (failure = { event, handler, error }),
        });
      } catch (error) {
        // The record itself could not be read: retried like a failing handler, then skipped.
        failure = { handler: 'read record', error };
      }
      if (!failure) return true;
      const { event, handler, error } = failure;
      const sequenceNumber = record.dynamodb?.SequenceNumber;
      const fields = {
        eventId: event?.eventId,
        type: event?.type,
        sequenceNumber,
        handler,
        attempt,
        error: error instanceof Error ? error.message : String(error),
      };
      if (attempt >= maxAttempts) {
        if (event) await Outbox.parkEvent(event, { handler, error, attempts: attempt, sequenceNumber });
        log({
          level: 'error',
          msg: event ? 'outbox event parked after its last attempt' : 'stream record skipped after its last attempt',
          ...fields,
        });
        return true;
      }
      log({ level: 'warn', msg: 'outbox handler failed; retrying', ...fields });
      await savePosition(shard);
      await pause(Math.min(backoffMs * 2 ** (attempt - 1), 10_000));
      if (stopping) return false;
    }
  }

  /** Reads one batch from a shard and handles it; the number of records read. */
  async function pollShard(streamArn: string, shard: ShardState): Promise<number> {
    shard.iterator ??= await iteratorFor(streams, streamArn, shard);
    let page: GetRecordsCommandOutput;
    try {
      page = await streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: batchSize }));
    } catch (error) {
      if (errorName(error) === 'ExpiredIteratorException') {
        shard.iterator = undefined;
        return 0;
      }
      if (errorName(error) === 'TrimmedDataAccessException') {
        // The saved position is older than what the stream still holds: carry on from the oldest record.
        log({ level: 'warn', msg: 'stream position trimmed; reading from the oldest record', shard: shard.id });
        shard.lastSeq = undefined;
        shard.iterator = undefined;
        return 0;
      }
      throw error;
    }
    const records = page.Records ?? [];
    for (const record of records) {
      if (stopping || !(await handle(record, shard))) {
        // The iterator points past the whole batch; a later start resumes after the last handled record.
        shard.iterator = undefined;
        await savePosition(shard);
        return records.length;
      }
      shard.lastSeq = record.dynamodb?.SequenceNumber ?? shard.lastSeq;
      if (Outbox.outboxEventOf(record as Outbox.StreamRecordLike)) shard.dirty = true;
    }
    shard.iterator = page.NextShardIterator;
    if (!shard.iterator) {
      shard.done = true;
      // Its children, if it split, are listed before the next read.
      listedAt = 0;
    }
    await savePosition(shard);
    return records.length;
  }

  async function run() {
    // Each start reads the saved positions afresh, as a new process would; a replay ignores them once.
    saved = options.fromStart && started++ === 0 ? {} : await RunnerStates.list(scope);
    shards.clear();
    let streamArn: string | undefined;
    while (!stopping) {
      try {
        streamArn ??= await tableStreamArn();
        if (!streamArn) throw new Error(`Table ${config.tableName} has no stream`);
        if (listingDue()) {
          await discoverShards(streams, streamArn, shards, saved);
          listedAt = Date.now();
        }
        let read = 0;
        for (const shard of [...shards.values()].filter(ready)) {
          if (stopping) break;
          read += await pollShard(streamArn, shard);
        }
        if (read === 0 && !stopping) await pause(pollIntervalMs);
      } catch (error) {
        log({
          level: 'error',
          msg: 'stream worker poll failed',
          error: error instanceof Error ? error.message : String(error),
        });
        streamArn = undefined;
        listedAt = 0;
        if (!stopping) await pause(Math.max(pollIntervalMs, 1_000));
      }
    }
    for (const shard of shards.values()) await savePosition(shard).catch(() => undefined);
  }

  return {
    start() {
      if (loop) return;
      stopping = false;
      loop = run().finally(() => (loop = undefined));
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
    get running() {
      return Boolean(loop);
    },
  };
}
