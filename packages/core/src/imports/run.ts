/** Running an import job: its batches in file order within a time budget, each batch's outcomes stored once. */
import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { registrationContext, type RegistrationContext } from '../cohort-registrations/register.ts';
import { DomainError } from '../errors.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { decryptField } from '../personal/vault.ts';
import type { ImportJob } from './import-job.entity.ts';
import type { StudentRow } from './normalise.ts';
import { rowKeyOf, type RowOutcome } from './batches.ts';
import { claim, complete, LEASE_MS } from './job-state.ts';
import { registerRows } from './register-rows.ts';

/** A run stops after this long and the job carries on with the next run (the Lambda allows 10 s). */
export const RUN_BUDGET_MS = 7_000;

type Job = EntityItem<typeof ImportJob>;
/**
 * Stores a registered batch in one transaction: its outcomes, its students gone, and the job's
 * counters and cursor moved past it. Only while the cursor has not passed the batch: a runner that
 * lost its lease to another finds its batch stored already and returns false instead of counting it
 * twice.
 */
async function storeBatch(
  job: Job,
  batch: { batchKey: string; rows: RowOutcome[] },
  decided: number,
  accepted: number,
): Promise<boolean> {
  const at = new Date().toISOString();
  const { importJobId } = job;
  const nextRowKey = rowKeyOf(batch.rows[batch.rows.length - 1]!.rowNumber + 1);
  try {
    await transact(
      ({ importBatch, importOutcomes, importJob }) => [
        importOutcomes
          .patch({ importJobId, batchKey: batch.batchKey })
          .set({ rows: batch.rows, updatedAt: at })
          .commit(),
        importBatch
          .patch({ importJobId, batchKey: batch.batchKey })
          .remove(['studentsSealed'])
          .set({ updatedAt: at })
          .commit(),
        importJob
          .patch({ importJobId })
          .add({ rowsDone: decided, accepted, rejected: decided - accepted })
          .set({ nextRowKey, leaseUntil: Date.now() + LEASE_MS, updatedAt: at })
          .where((a, { lte }) => lte(a.nextRowKey, batch.batchKey))
          .commit(),
      ],
      () => new DomainError('conflict', 'Another run stored this batch'),
    );
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return false;
    throw error;
  }
}

/**
 * Registers the job's waiting rows a batch at a time through the one registration write path. A
 * batch (BATCH_ROWS, 98 rows, all of the job's one university) is two of that path's transactions
 * of up to 49 rows: each row writes its registration and its audit entry, and the university's
 * counter makes the 99th of DynamoDB's 100 items. The batches are read once, in file order from
 * `nextRowKey`, on the main index with a consistent read, so a row is never taken twice. A batch's
 * outcomes are stored while the next batch registers; the cursor moves with them. A run ends when
 * the batches do, after RUN_BUDGET_MS, or when another runner turns out to be ahead; the next run
 * (or the same request again) continues from `nextRowKey`. Returns the job where the run left it.
 */
export async function runJob(actor: Actor, job: Job, budgetMs = RUN_BUDGET_MS): Promise<Job> {
  return (await runJobOnce(actor, job, budgetMs)).job;
}

/** Where a run left the job, and whether this run did the work (the worker continues only its own runs). */
export interface RunResult {
  job: Job;
  ran: boolean;
}

export async function runJobOnce(actor: Actor, job: Job, budgetMs = RUN_BUDGET_MS): Promise<RunResult> {
  const started = Date.now();
  const { importJob, importBatch, importOutcomes } = db().service.entities;
  if (job.status === 'completed') return { job, ran: false };
  const current = async (): Promise<RunResult> => ({
    job: (await importJob.get({ importJobId: job.importJobId }).go({ consistent: true })).data ?? job,
    ran: false,
  });
  // Another runner is on it: the job as that runner has moved it so far.
  if (!(await claim(job, started))) return current();
  const from = { importJobId: job.importJobId };
  const [{ data: inputs }, { data: outcomes }] = await Promise.all([
    importBatch.query.byJob(from).gte({ batchKey: job.nextRowKey }).go({ pages: 'all', consistent: true }),
    importOutcomes.query.byJob(from).gte({ batchKey: job.nextRowKey }).go({ pages: 'all', consistent: true }),
  ]);
  const outcomesOf = new Map(outcomes.map((o) => [o.batchKey, o.rows]));

  let context: Promise<RegistrationContext> | undefined;
  const contextOnce = () => {
    if (!context) {
      context = registrationContext(actor, job.cohortId);
      // Each batch awaits it and handles a refusal; until then it is no unhandled rejection.
      context.catch(() => undefined);
    }
    return context;
  };
  let bookkeeping: Promise<boolean> = Promise.resolve(true);
  let overtaken = false;
  let finished = true;
  for (const [index, input] of inputs.entries()) {
    // Every run moves the job by at least a batch, so a continuation always starts further on.
    if ((index > 0 && Date.now() - started > budgetMs) || overtaken) {
      finished = false;
      break;
    }
    const rows = [...(outcomesOf.get(input.batchKey) ?? [])];
    const students = input.studentsSealed
      ? (JSON.parse(decryptField(input.studentsSealed)) as (StudentRow | null)[])
      : [];
    const waiting = rows.flatMap((row, index) =>
      row.status === 'pending' && students[index]
        ? [{ index, rowNumber: row.rowNumber, student: students[index]! }]
        : [],
    );
    const decisions = waiting.length > 0 ? await registerRows(actor, job, contextOnce(), waiting) : [];
    waiting.forEach(({ index }, i) => {
      rows[index] = { ...rows[index]!, ...decisions[i]! };
    });
    const accepted = decisions.filter((d) => d.status === 'accepted').length;
    const previous = bookkeeping;
    bookkeeping = previous.then(async (stored) => {
      overtaken = !(stored && (await storeBatch(job, { batchKey: input.batchKey, rows }, waiting.length, accepted)));
      return !overtaken;
    });
    // A failed store must stop the run, not surface later as an unhandled rejection.
    bookkeeping.catch(() => undefined);
  }
  if (!(await bookkeeping)) return current();
  const at = new Date().toISOString();
  if (finished) return (await complete(job, at)) ? { ...(await current()), ran: true } : current();
  // Out of time, the lease is dropped so the next run takes over at once instead of waiting for it
  // to lapse. The job is answered from this last write rather than read again.
  const { data } = await importJob
    .patch({ importJobId: job.importJobId })
    .set({ updatedAt: at })
    .remove(['leaseUntil'])
    .go({ response: 'all_new' });
  return { job: data as Job, ran: true };
}
