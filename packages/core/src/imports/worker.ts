import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { outboxOp, type DomainEvent } from '../outbox/events.ts';
import type { ImportJob } from './import-job.entity.ts';
import { continuationEvent, IMPORT_CONTINUED, importEvent, type ImportEventPayload } from './import-events.ts';
import { runJobOnce } from './run.ts';

type Job = EntityItem<typeof ImportJob>;

/**
 * The uploader as the rows are registered: the same rules (quota, eligibility, an organiser naming
 * the university) as if their browser had run the job. A job stored before the role was kept is
 * run with the role its uploader's account has.
 */
async function uploaderOf(job: Job): Promise<Actor> {
  let role = job.createdByRole;
  if (!role) {
    const { data: user } = await db()
      .service.entities.user.get({ userId: job.createdBy })
      .go({ attributes: ['role'] });
    role = user?.role === 'coordinator' ? 'coordinator' : 'organiser';
  }
  return role === 'coordinator'
    ? { userId: job.createdBy, role, universityId: job.universityId }
    : { userId: job.createdBy, role };
}

/**
 * Writes the event that starts the next run, only while the job is still where this run left it
 * and unfinished. Its id is derived from that position, so a duplicate record whose run ends at
 * the same place finds the event written and does nothing.
 */
async function writeContinuation(job: Job): Promise<boolean> {
  try {
    await transact(
      ({ importJob, outboxEvent }) => [
        importJob
          .check({ importJobId: job.importJobId })
          .where((a, { eq, ne }) => `${eq(a.nextRowKey, job.nextRowKey)} AND ${ne(a.status, 'completed')}`)
          .commit(),
        outboxOp({ outboxEvent }, continuationEvent(job)),
      ],
      () => new DomainError('conflict', 'The job moved on, or its continuation exists'),
    );
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return false;
    throw error;
  }
}

/**
 * One budgeted run of the job an `import.uploaded` or `import.continued` event names. A run that
 * leaves rows waiting writes the continuation, so the next run starts in a fresh invocation with a
 * whole budget. A run that found another runner on the job leaves the continuing to that runner;
 * if it died, the resume job takes the job up again. Registrations are keyed by person and the
 * counters move only with the cursor, so a replayed event registers nobody twice and counts
 * nothing twice.
 */
export async function advanceImport(event: DomainEvent): Promise<void> {
  const { importJobId } = event.payload as ImportEventPayload;
  const { data: job } = await db().service.entities.importJob.get({ importJobId }).go({ consistent: true });
  // Expired with its data, or finished by an earlier delivery of this event: nothing left to do.
  if (!job || job.status === 'completed') return;
  const { job: after, ran } = await runJobOnce(await uploaderOf(job), job);
  if (ran && after.status !== 'completed') await writeContinuation(after);
}

/** A job is taken up again when nothing has moved it for this long and no live lease holds it. */
export const STALL_MS = 2 * 60_000;
/**
 * Whether a job's worker is gone at `now`: no live lease (a runner renews it with every batch) and
 * nothing moved for STALL_MS, which leaves a continuation written a moment ago time to arrive.
 */
export function isStalled(job: { status: string; leaseUntil?: number; updatedAt: string }, now: number): boolean {
  return job.status !== 'completed' && (job.leaseUntil ?? 0) < now && Date.parse(job.updatedAt) < now - STALL_MS;
}

/** Jobs looked at per resume run; the next run (five minutes on) looks again. */
const RESUME_LIMIT = 100;

/**
 * Finds unfinished jobs whose worker died (its lease lapsed, nothing moved for STALL_MS at `at`)
 * through the status index, and for each writes a continuation with its lease dropped, in one
 * transaction conditioned on the job being as it was read: a job that moved meanwhile, or that a
 * concurrent resume took, is left alone.
 */
export async function resumeImports(at: Date): Promise<{ unfinished: number; resumed: number }> {
  const { importJob } = db().service.entities;
  const now = at.getTime();
  const pages = await Promise.all(
    (['pending', 'processing'] as const).map((status) =>
      importJob.query.byStatus({ status }).go({ limit: RESUME_LIMIT }),
    ),
  );
  const unfinished = pages.flatMap((page) => page.data);
  const stalled = unfinished.filter((job) => isStalled(job, now));
  let resumed = 0;
  for (const job of stalled) {
    const stamp = new Date().toISOString();
    try {
      await transact(
        ({ importJob: jobs, outboxEvent }) => [
          jobs
            .patch({ importJobId: job.importJobId })
            .set({ updatedAt: stamp })
            .remove(['leaseUntil'])
            .where(
              (a, { eq }) =>
                `${eq(a.updatedAt, job.updatedAt)} AND ${eq(a.nextRowKey, job.nextRowKey)} ` +
                `AND ${eq(a.status, job.status)}`,
            )
            .commit(),
          outboxOp({ outboxEvent }, importEvent(IMPORT_CONTINUED, job, stamp)),
        ],
        () => new DomainError('conflict', 'The job moved meanwhile'),
      );
      resumed++;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
    }
  }
  return { unfinished: unfinished.length, resumed };
}
