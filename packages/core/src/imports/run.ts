import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { registerInContext, registrationIdOf, registrationContext, type RegisterOutcome, type RegistrationContext } from '../cohort-registrations/register.ts';
import { DomainError } from '../errors.ts';
import { db } from '../db/service.ts';
import { decryptField, lookupHash } from '../personal/vault.ts';
import type { ImportJob } from './import-job.entity.ts';
import type { StudentRow } from './normalise.ts';
import { reasonFor } from './reasons.ts';
import { putRows, rowKeyOf, type ImportRowItem } from './rows.ts';

/** Rows per batch: two of the registration write path's transactions; progress moves after each batch. */
export const CHUNK_ROWS = 98;
/** How long a runner owns a job without renewing; longer than one chunk takes. */
const LEASE_MS = 15_000;
/** A run stops after this long and the job carries on with the next run (the Lambda allows 10 s). */
export const RUN_BUDGET_MS = 7_000;

type Job = EntityItem<typeof ImportJob>;

/**
 * Registers a batch in the run's registration context, read once per run. A context refused as a
 * whole (the cohort closed after the upload, or left the university out) ends every row of every
 * batch of the run with that reason instead of stopping the job.
 */
async function registerOrRefuse(actor: Actor, context: Promise<RegistrationContext>, rows: unknown[], importJobId: string): Promise<RegisterOutcome[]> {
  try {
    return await registerInContext(actor, await context, rows, { source: 'import', importJobId });
  } catch (error) {
    if (!(error instanceof DomainError) || !['registration_closed', 'not_found'].includes(error.code)) throw error;
    const code = error.code === 'not_found' ? 'not_eligible' : error.code;
    return rows.map(() => ({ ok: false as const, code, message: error.message, errors: [] }));
  }
}

/**
 * Claims the job for this runner: only when no other runner holds a live lease and the job is not
 * finished. Returns false when someone else is on it (their progress shows on the job).
 */
async function claim(job: Job, now: number): Promise<boolean> {
  try {
    await db()
      .service.entities.importJob.patch({ importJobId: job.importJobId })
      .set({ status: 'processing', leaseUntil: now + LEASE_MS, startedAt: job.startedAt ?? new Date(now).toISOString(), updatedAt: new Date(now).toISOString() })
      .where((a, { notExists, lt, ne }) => `(${notExists(a.leaseUntil)} OR ${lt(a.leaseUntil, now)}) AND ${ne(a.status, 'completed')}`)
      .go();
    return true;
  } catch (error) {
    if (/conditional request failed|ConditionalCheckFailed/i.test(`${(error as Error).message}`)) return false;
    throw error;
  }
}

/**
 * The rows whose person is already registered in the cohort (the registration their id names
 * exists). They are not sent again: a registration this very job made (a run stopped between
 * registering a batch and storing its outcomes) is the row's own acceptance; any other is a
 * duplicate, reported without taking a quota place from the new rows of the batch. Only a report:
 * creating the registration under its derived id is what refuses a second one.
 */
async function alreadyRegistered(job: Job, students: StudentRow[]): Promise<Map<number, { registrationId: string; ownJob: boolean }>> {
  const ids = students.map((s) => registrationIdOf(job.cohortId, lookupHash('nationalId', s.nationalId)));
  const { data: records } = await db()
    .service.entities.cohortRegistration.get(ids.map((registrationId) => ({ registrationId })))
    .go({ consistent: true, attributes: ['registrationId', 'importJobId'] });
  const byId = new Map(records.map((r) => [r.registrationId, r.importJobId === job.importJobId]));
  const found = new Map<number, { registrationId: string; ownJob: boolean }>();
  ids.forEach((registrationId, index) => {
    const ownJob = byId.get(registrationId);
    if (ownJob !== undefined) found.set(index, { registrationId, ownJob });
  });
  return found;
}

/**
 * Whether the batch fits the university's free places as last read. Only then may rows already
 * registered go along unchecked: the transaction refuses them (their registration exists), and
 * nobody loses a place to them. A refused context fails every row anyway (registerOrRefuse reports it).
 */
async function fitsFreePlaces(context: Promise<RegistrationContext>, universityId: string, rows: number): Promise<boolean> {
  const counter = await context.then((c) => c.counters.get(universityId)).catch(() => undefined);
  return counter !== undefined && counter.quota - counter.active >= rows;
}

/**
 * Registers one batch of waiting rows and returns them with their outcomes. A batch that fits the
 * free places is sent without looking for rows already registered first, which saves a fresh
 * import a read per batch; the rows the transaction then refuses as duplicates are looked up
 * afterwards, so one that a stopped run of this job registered still counts as accepted.
 */
async function registerRows(actor: Actor, job: Job, context: Promise<RegistrationContext>, waiting: ImportRowItem[]): Promise<ImportRowItem[]> {
  const students = waiting.map((row) => JSON.parse(decryptField(row.studentSealed!)) as StudentRow);
  const known = (await fitsFreePlaces(context, job.universityId, students.length))
    ? new Map<number, { registrationId: string; ownJob: boolean }>()
    : await alreadyRegistered(job, students);
  const sendable = students.map((student, index) => ({ student, index })).filter(({ index }) => !known.has(index));
  const outcomes = await registerOrRefuse(
    actor,
    context,
    sendable.map(({ student, index }) => ({
      ...student,
      rowKey: `${job.contentHash}:${waiting[index]!.rowNumber}`,
      consent: true as const,
      ...(actor.role === 'organiser' ? { universityId: job.universityId } : {}),
    })),
    job.importJobId,
  );
  const byIndex = new Map<number, RegisterOutcome>(sendable.map(({ index }, i) => [index, outcomes[i]!]));
  const refused = [...byIndex].filter(([, outcome]) => !outcome.ok && outcome.code === 'duplicate_person').map(([index]) => index);
  if (refused.length > 0) {
    const found = await alreadyRegistered(job, refused.map((index) => students[index]!));
    for (const [i, registration] of found) known.set(refused[i]!, registration);
  }
  const at = new Date().toISOString();
  return waiting.map((row, index) => {
    const { studentSealed: _sealed, ...rest } = row;
    const outcome = byIndex.get(index);
    const existing = known.get(index);
    if (existing?.ownJob) return { ...rest, status: 'accepted', registrationId: existing.registrationId, updatedAt: at };
    if (!outcome) return { ...rest, status: 'rejected', ...reasonFor('duplicate_person'), updatedAt: at };
    if (outcome.ok) return { ...rest, status: 'accepted', registrationId: outcome.registration.registrationId, updatedAt: at };
    return { ...rest, status: 'rejected', ...reasonFor(outcome.code, outcome.errors), updatedAt: at };
  });
}

/**
 * Registers the job's waiting rows in batches through the one registration write path, storing each
 * row's outcome and moving the job's counters after every batch. The rows are read once, in file
 * order from `nextRowKey`, on the main index with a consistent read, so a row is never taken twice.
 * A batch's outcomes are stored while the next batch registers; the cursor moves only after the
 * outcomes it passes are stored. A run ends when the rows do or after RUN_BUDGET_MS; the next run
 * (or the same request again) continues from `nextRowKey`. Returns the job where the run left it.
 */
export async function runJob(actor: Actor, job: Job, budgetMs = RUN_BUDGET_MS): Promise<Job> {
  const started = Date.now();
  const { importJob, importRow } = db().service.entities;
  if (job.status === 'completed') return job;
  if (!(await claim(job, started))) {
    // Another runner is on it: the job as that runner has moved it so far.
    const { data } = await importJob.get({ importJobId: job.importJobId }).go({ consistent: true });
    return data ?? job;
  }
  const { data: rows } = await importRow.query
    .byJob({ importJobId: job.importJobId })
    .gte({ rowKey: job.nextRowKey })
    .go({ pages: 'all', consistent: true });

  let context: Promise<RegistrationContext> | undefined;
  const contextOnce = () => {
    if (!context) {
      context = registrationContext(actor, job.cohortId);
      // Each batch awaits it and handles a refusal; until then it is no unhandled rejection.
      context.catch(() => undefined);
    }
    return context;
  };
  let bookkeeping: Promise<void> = Promise.resolve();
  let finished = true;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    if (Date.now() - started > budgetMs) {
      finished = false;
      break;
    }
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const waiting = chunk.filter((row) => row.status === 'pending' && row.studentSealed);
    const updated = waiting.length > 0 ? await registerRows(actor, job, contextOnce(), waiting) : [];
    const accepted = updated.filter((row) => row.status === 'accepted').length;
    const nextRowKey = rowKeyOf(chunk[chunk.length - 1]!.rowNumber + 1);
    const previous = bookkeeping;
    bookkeeping = (async () => {
      await Promise.all([previous, putRows(updated)]);
      await importJob
        .patch({ importJobId: job.importJobId })
        .add({ rowsDone: waiting.length, accepted, rejected: waiting.length - accepted })
        .set({ nextRowKey, leaseUntil: Date.now() + LEASE_MS, updatedAt: new Date().toISOString() })
        .go();
    })();
    // A failed store must stop the run, not surface later as an unhandled rejection.
    bookkeeping.catch(() => undefined);
  }
  await bookkeeping;
  const at = new Date().toISOString();
  // Out of time, the lease is dropped so the next run takes over at once instead of waiting for it
  // to lapse. The job is answered from this last write rather than read again.
  const { data } = await importJob
    .patch({ importJobId: job.importJobId })
    .set(finished ? { status: 'completed', finishedAt: at, updatedAt: at } : { updatedAt: at })
    .remove(['leaseUntil'])
    .go({ response: 'all_new' });
  return data as Job;
}
