import type { Actor } from '../auth/actor.ts';
import { registrationRefusal } from '../cohorts/lifecycle.ts';
import { readableCohort, type CohortRecord, type CohortUniversityRecord } from '../cohorts/records.ts';
import { DomainError } from '../errors.ts';
import { duplicate, prepare, type Prepared, type RegisterOptions, type RegisterOutcome } from './prepare.ts';
import { transactionChunks, writeChunk } from './write-chunk.ts';

/**
 * What every row is checked against: the cohort, its universities, and their counters as last seen.
 * `writeChunk` keeps the counters up to date with the batch's own writes and re-reads one only when
 * a transaction shows someone else changed it, so an import that registers batch after batch reads
 * the cohort once per run instead of once per batch.
 */
export interface RegistrationContext {
  cohort: CohortRecord;
  participating: ReadonlySet<string>;
  counters: Map<string, CohortUniversityRecord>;
}

/** The cohort as the actor may register into it; refuses a cohort not open to them for registration. */
export async function registrationContext(actor: Actor, cohortId: string): Promise<RegistrationContext> {
  const { cohort, universities } = await readableCohort(actor, cohortId);
  const refusal = registrationRefusal(cohort, actor.role);
  if (refusal) throw new DomainError('registration_closed', refusal);
  return {
    cohort,
    participating: new Set(universities.map((u) => u.universityId)),
    counters: new Map(universities.map((u) => [u.universityId, u])),
  };
}

/**
 * The one write path for registrations: the single-registration route is a batch of one and the
 * import passes its rows in batches. Each row ends with its own outcome.
 *
 * Rows are written as many per TransactWriteItems as fit, each registration under an id derived
 * from (cohort, national-ID hash) that must not exist yet, with the university's counter
 * incremented under `active <= quota - n AND quota = read quota`: the id refuses the same person
 * twice even from two universities at once, and the condition makes the quota exact under
 * concurrency. When a transaction is cancelled, the rows whose registration already existed are
 * reported as duplicates, the counter is re-read to keep only the rows that still fit, and the rest
 * is tried again.
 */
export async function registerBatch(
  actor: Actor,
  cohortId: string,
  rows: unknown[],
  options: RegisterOptions = {},
): Promise<RegisterOutcome[]> {
  return registerInContext(actor, await registrationContext(actor, cohortId), rows, options);
}

/** `registerBatch` for a caller that registers batch after batch and read the context once. */
export async function registerInContext(
  actor: Actor,
  { cohort, participating, counters }: RegistrationContext,
  rows: unknown[],
  options: RegisterOptions = {},
): Promise<RegisterOutcome[]> {
  const at = new Date().toISOString();
  const outcomes: RegisterOutcome[] = new Array(rows.length);
  const pending: Prepared[] = [];
  const seen = new Set<string>();
  rows.forEach((raw, index) => {
    const result = prepare(actor, cohort, participating, raw, options, at);
    if ('ok' in result) {
      outcomes[index] = result;
    } else if (seen.has(result.nationalIdHash)) {
      outcomes[index] = duplicate();
    } else {
      seen.add(result.nationalIdHash);
      pending.push({ index, record: result });
    }
  });

  for (const chunk of transactionChunks(pending)) {
    await writeChunk(actor, cohort.cohortId, chunk, outcomes, counters);
  }
  return outcomes;
}
