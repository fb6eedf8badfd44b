import type { EntityItem } from 'electrodb';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { outboxOp } from '../outbox/events.ts';
import type { ImportJob } from './import-job.entity.ts';
import { IMPORT_FINISHED, importEvent } from './import-events.ts';

/** How long a runner owns a job without renewing; longer than one batch takes. */
export const LEASE_MS = 15_000;

type Job = EntityItem<typeof ImportJob>;

/**
 * Claims the job for this runner: only when no other runner holds a live lease and the job is not
 * finished. Returns false when someone else is on it (their progress shows on the job).
 */
export async function claim(job: Job, now: number): Promise<boolean> {
  try {
    await db()
      .service.entities.importJob.patch({ importJobId: job.importJobId })
      .set({
        status: 'processing',
        leaseUntil: now + LEASE_MS,
        startedAt: job.startedAt ?? new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
      })
      .where((a, { notExists, lt, ne }) => {
        const unleased = `${notExists(a.leaseUntil)} OR ${lt(a.leaseUntil, now)}`;
        return `(${unleased}) AND ${ne(a.status, 'completed')}`;
      })
      .go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Marks the job completed with its `import.finished` event in one transaction, once: a second
 * runner reaching the end finds it completed and writes nothing, so the uploader is told once.
 */
export async function complete(job: Job, at: string): Promise<boolean> {
  try {
    await transact(
      ({ importJob, outboxEvent }) => [
        importJob
          .patch({ importJobId: job.importJobId })
          .set({ status: 'completed', finishedAt: at, updatedAt: at })
          .remove(['leaseUntil'])
          .where((a, { ne }) => ne(a.status, 'completed'))
          .commit(),
        outboxOp({ outboxEvent }, importEvent(IMPORT_FINISHED, job, at)),
      ],
      () => new DomainError('conflict', 'The job is completed already'),
    );
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return false;
    throw error;
  }
}
