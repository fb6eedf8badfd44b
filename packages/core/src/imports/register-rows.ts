/**
 * Registering one batch of an import's waiting rows through the registration write path, and telling
 * which rows are already registered (by this job's earlier run, or by anyone else).
 */
import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { registrationIdOf, type RegisterOutcome } from '../cohort-registrations/prepare.ts';
import { registerInContext, type RegistrationContext } from '../cohort-registrations/register.ts';
import { DomainError } from '../errors.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { lookupHash } from '../personal/vault.ts';
import type { ImportJob } from './import-job.entity.ts';
import type { StudentRow } from './normalise.ts';
import { reasonFor } from './reasons.ts';
import type { RowOutcome } from './batches.ts';

type Job = EntityItem<typeof ImportJob>;

/**
 * Registers a batch in the run's registration context, read once per run. A context refused as a
 * whole (the cohort closed after the upload, or left the university out) ends every row of every
 * batch of the run with that reason instead of stopping the job.
 */
async function registerOrRefuse(
  actor: Actor,
  context: Promise<RegistrationContext>,
  rows: unknown[],
  importJobId: string,
): Promise<RegisterOutcome[]> {
  try {
    return await registerInContext(actor, await context, rows, { source: 'import', importJobId });
  } catch (error) {
    if (!(error instanceof DomainError) || !['registration_closed', 'not_found'].includes(error.code)) throw error;
    const code = error.code === 'not_found' ? 'not_eligible' : error.code;
    return rows.map(() => ({ ok: false as const, code, message: error.message, errors: [] }));
  }
}

/**
 * The rows whose person is already registered in the cohort (the registration their id names
 * exists). They are not sent again: a registration this very job made (a run stopped between
 * registering a batch and storing its outcomes) is the row's own acceptance; any other is a
 * duplicate, reported without taking a quota place from the new rows of the batch. Only a report:
 * creating the registration under its derived id is what refuses a second one.
 */
async function alreadyRegistered(
  job: Job,
  students: StudentRow[],
): Promise<Map<number, { registrationId: string; ownJob: boolean }>> {
  const ids = students.map((s) => registrationIdOf(job.cohortId, lookupHash('nationalId', s.nationalId)));
  const records = await batchGet(
    ids.map((registrationId) => ({ registrationId })),
    (keys) =>
      db()
        .service.entities.cohortRegistration.get(keys)
        .go({ consistent: true, attributes: ['registrationId', 'importJobId'] }),
  );
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
async function fitsFreePlaces(
  context: Promise<RegistrationContext>,
  universityId: string,
  rows: number,
): Promise<boolean> {
  const counter = await context.then((c) => c.counters.get(universityId)).catch(() => undefined);
  return counter !== undefined && counter.quota - counter.active >= rows;
}

/** What registering a waiting row decided: the fields of its outcome that change. */
type Decision = Pick<RowOutcome, 'status' | 'reason' | 'message' | 'registrationId'>;

/**
 * Registers the waiting students of a batch and returns each one's decision. A batch that fits the
 * free places is sent without looking for rows already registered first, which saves a fresh
 * import a read per batch; the rows the transaction then refuses as duplicates are looked up
 * afterwards, so one that a stopped run of this job registered still counts as accepted.
 */
export async function registerRows(
  actor: Actor,
  job: Job,
  context: Promise<RegistrationContext>,
  waiting: { rowNumber: number; student: StudentRow }[],
): Promise<Decision[]> {
  const students = waiting.map((row) => row.student);
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
  const refused = [...byIndex]
    .filter(([, outcome]) => !outcome.ok && outcome.code === 'duplicate_person')
    .map(([index]) => index);
  if (refused.length > 0) {
    const found = await alreadyRegistered(
      job,
      refused.map((index) => students[index]!),
    );
    for (const [i, registration] of found) known.set(refused[i]!, registration);
  }
  return students.map((_, index): Decision => {
    const outcome = byIndex.get(index);
    const existing = known.get(index);
    if (existing?.ownJob) return { status: 'accepted', registrationId: existing.registrationId };
    if (!outcome) return { status: 'rejected', ...reasonFor('duplicate_person') };
    if (outcome.ok) return { status: 'accepted', registrationId: outcome.registration.registrationId };
    return { status: 'rejected', ...reasonFor(outcome.code, outcome.errors) };
  });
}
