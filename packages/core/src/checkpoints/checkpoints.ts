import type { EntityItem } from 'electrodb';
import { db } from '../db/service.ts';
import type { JobCheckpoint } from './checkpoint.entity.ts';

export type CheckpointRecord = EntityItem<typeof JobCheckpoint>;

/** A checkpoint outlives its day by this much: long enough to read back, short enough not to pile up. */
const CHECKPOINT_TTL_SECONDS = 30 * 24 * 3600;

/**
 * What a job may do in one invocation before it saves its place and returns `done: false`. Both
 * limits hold: the item count bounds the writes, the time bounds the invocation whatever the
 * table's latency, so one invocation always ends well inside the function's timeout.
 */
export interface Budget {
  items: number;
  ms: number;
}

export async function readCheckpoint(job: string, scope: string): Promise<CheckpointRecord | null> {
  return (await db().service.entities.jobCheckpoint.get({ job, scope }).go()).data ?? null;
}

export function freshCheckpoint(job: string, scope: string, at: Date): CheckpointRecord {
  return { job, scope, done: false, scanned: 0, changed: 0, invocations: 0, updatedAt: at.toISOString() };
}

/** Saves where the job stands. Last writer wins: two overlapping runs only repeat idempotent work. */
export async function saveCheckpoint(checkpoint: CheckpointRecord, at: Date): Promise<void> {
  const { cursor, ...rest } = checkpoint;
  await db()
    .service.entities.jobCheckpoint.put({
      ...rest,
      ...(cursor ? { cursor } : {}),
      updatedAt: at.toISOString(),
      expiresAt: Math.floor(at.getTime() / 1000) + CHECKPOINT_TTL_SECONDS,
    })
    .go();
}
