import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { registrationRefusal } from '../cohorts/lifecycle.ts';
import { getCohortUniversity, readableCohort, type CohortRecord, type CohortUniversityRecord } from '../cohorts/records.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, type ErrorCode, type FieldError } from '../errors.ts';
import { fieldErrorOf } from '../field-errors.ts';
import { idFor } from '../ids.ts';
import { maskNationalId } from '../pii.ts';
import { NATIONAL_ID_MESSAGES, nationalIdGender, nationalIdProblem, normaliseNationalId } from '../personal/national-id.ts';
import { encryptField, lookupHash } from '../personal/vault.ts';
import { RegistrationRow } from './cohort-registrations.schema.ts';
import { normaliseRow } from './normalise.ts';
import { toRegistrationView, type RegistrationRecord } from './records.ts';
import type { CohortRegistrationView } from './cohort-registrations.schema.ts';

export type RegisterOutcome =
  | { ok: true; registration: CohortRegistrationView }
  | { ok: false; code: ErrorCode; message: string; errors: FieldError[] };

export interface RegisterOptions {
  source?: 'form' | 'import';
  importJobId?: string;
}

/** DynamoDB's limit on the items of one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;
/** What a row writes in the transaction: the registration first, then its audit entry. */
const ITEMS_PER_ROW = 2;
/** Transactions one chunk may send, the first included, while others change its counters. */
const MAX_ATTEMPTS = 13;

/**
 * A person's registration id in a cohort, derived from the cohort and the national-ID hash. The
 * registration is created under "must not exist", so its own key makes "one person once per
 * cohort" hold across universities and requests, with no separate guard item to write.
 */
export const registrationIdOf = (cohortId: string, nationalIdHash: string) => idFor('cohortRegistration', `${cohortId}#${nationalIdHash}`);

interface Prepared {
  index: number;
  record: RegistrationRecord & { nationalIdSealed: string; nationalIdHash: string };
}

const fail = (code: ErrorCode, message: string, errors: FieldError[] = []): RegisterOutcome => ({ ok: false, code, message, errors });

function validationFailure(issues: readonly { path: PropertyKey[]; message: string; code: string }[]): RegisterOutcome {
  const errors = issues.map((i) => fieldErrorOf(i, i.path.map(String).join('.') || '(body)'));
  return fail('validation_failed', errors[0]?.message ?? 'The registration is not valid', errors);
}

/** Validates one row into a record ready to write, or the reason it cannot be. */
function prepare(
  actor: Actor,
  cohort: CohortRecord,
  participating: ReadonlySet<string>,
  raw: unknown,
  options: RegisterOptions,
  at: string,
): Prepared['record'] | RegisterOutcome {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('validation_failed', 'A registration is an object of fields');
  const parsed = RegistrationRow.safeParse(normaliseRow(raw as Record<string, unknown>));
  if (!parsed.success) return validationFailure(parsed.error.issues);
  const row = parsed.data;

  const universityId = actor.role === 'coordinator' ? actor.universityId! : row.universityId;
  if (!universityId) return fail('validation_failed', 'Choose the university', [{ path: 'universityId', message: 'Required', code: 'required' }]);
  if (actor.role === 'coordinator' && row.universityId && row.universityId !== actor.universityId) {
    return fail('forbidden', 'Coordinators register students of their own university', [{ path: 'universityId', message: 'Not your university', code: 'not_your_university' }]);
  }
  if (!participating.has(universityId)) {
    return fail('not_eligible', 'The university does not take part in this cohort', [{ path: 'universityId', message: 'Not participating', code: 'not_participating' }]);
  }

  const nationalId = normaliseNationalId(row.nationalId);
  const problem = nationalIdProblem(nationalId);
  if (problem) return fail('validation_failed', NATIONAL_ID_MESSAGES[problem], [{ path: 'nationalId', message: NATIONAL_ID_MESSAGES[problem], code: `national_id_${problem}` }]);
  const gender = nationalIdGender(nationalId);
  if (row.gender && row.gender !== gender) {
    return fail('validation_failed', 'The gender does not match the national ID number', [
      { path: 'gender', message: 'Does not match the national ID number (check both)', code: 'gender_mismatch' },
    ]);
  }
  if (!cohort.eligibleDegreeLevels.includes(row.degreeLevel)) {
    return fail('not_eligible', `This cohort takes ${cohort.eligibleDegreeLevels.join(', ')} students only`, [
      { path: 'degreeLevel', message: 'Not eligible for this cohort', code: 'not_eligible' },
    ]);
  }

  const { consent: _consent, universityId: _u, gender: _g, nationalId: _n, rowKey, ...fields } = row;
  const nationalIdHash = lookupHash('nationalId', nationalId);
  return {
    ...fields,
    registrationId: registrationIdOf(cohort.cohortId, nationalIdHash),
    cohortId: cohort.cohortId,
    universityId,
    gender,
    nationalIdSealed: encryptField(nationalId),
    nationalIdHash,
    nationalIdMasked: maskNationalId(nationalId),
    consentAt: at,
    status: 'submitted',
    source: options.source ?? 'form',
    ...(options.importJobId ? { importJobId: options.importJobId } : {}),
    ...(rowKey ? { rowKey } : {}),
    createdBy: actor.userId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

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
export async function registerBatch(actor: Actor, cohortId: string, rows: unknown[], options: RegisterOptions = {}): Promise<RegisterOutcome[]> {
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

/**
 * Fills each transaction up to the item limit: two items per row (registration, audit) and one
 * counter per university in it, so one university's rows go 49 at a time. Fewer, fuller
 * transactions are most of an import's speed.
 */
function transactionChunks(rows: Prepared[]): Prepared[][] {
  const chunks: Prepared[][] = [];
  let chunk: Prepared[] = [];
  let universities = new Set<string>();
  for (const row of rows) {
    const counters = universities.size + (universities.has(row.record.universityId) ? 0 : 1);
    if (chunk.length > 0 && ITEMS_PER_ROW * (chunk.length + 1) + counters > MAX_TRANSACTION_ITEMS) {
      chunks.push(chunk);
      chunk = [];
      universities = new Set();
    }
    chunk.push(row);
    universities.add(row.record.universityId);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

const duplicate = (): RegisterOutcome =>
  fail('duplicate_person', 'This person is already registered in this cohort', [{ path: 'nationalId', message: 'Already registered in this cohort', code: 'duplicate_person' }]);
const quotaExceeded = (): RegisterOutcome =>
  fail('quota_exceeded', "The university's quota for this cohort is used up", [{ path: 'universityId', message: 'Quota used up', code: 'quota_exceeded' }]);

/** A chunk's transaction refused by a condition: these rows' registrations already existed. */
class ChunkRefused extends DomainError {
  constructor(readonly duplicates: Prepared[]) {
    super('conflict', 'A condition of the registrations refused them');
  }
}

/**
 * Writes a chunk in one transaction and gives each row its outcome. A refused transaction reports
 * the rows whose registration already existed as duplicates and is sent again without them, with
 * the counters read afresh (someone else changed one, or it was stale): a quota that filled up
 * meanwhile then refuses rows up front instead of failing the whole chunk again. `known` is the
 * context's counters, kept up to date here (see RegistrationContext).
 */
async function writeChunk(
  actor: Actor,
  cohortId: string,
  chunk: Prepared[],
  outcomes: RegisterOutcome[],
  known: Map<string, CohortUniversityRecord>,
): Promise<void> {
  let rows = chunk;
  const writeOnce = async (): Promise<void> => {
    // Trim each university's rows to the places its counter shows free. This is only a fast path:
    // the condition below is what holds if others write in between.
    const byUniversity = groupBy(rows, (r) => r.record.universityId);
    const counters = new Map<string, CohortUniversityRecord>();
    for (const [universityId, group] of byUniversity) {
      const counter = known.get(universityId) ?? (await getCohortUniversity(cohortId, universityId));
      if (!counter) {
        for (const r of group) outcomes[r.index] = fail('not_eligible', 'The university does not take part in this cohort');
        byUniversity.delete(universityId);
        continue;
      }
      counters.set(universityId, counter);
      known.set(universityId, counter);
      const free = Math.max(counter.quota - counter.active, 0);
      for (const r of group.slice(free)) outcomes[r.index] = quotaExceeded();
      byUniversity.set(universityId, group.slice(0, free));
    }
    rows = [...byUniversity.values()].flat();
    if (rows.length === 0) return;

    const writing = rows;
    try {
      await transact(
        ({ cohortRegistration, cohortUniversity, audit }) => [
          ...writing.flatMap((r) => [
            cohortRegistration.create(r.record).commit(),
            audit
              .create(auditRecord(actor, 'cohortRegistration', r.record.registrationId, 'create', diffChanges(undefined, auditable(r.record)), r.record.createdAt))
              .commit(),
          ]),
          ...[...byUniversity].filter(([, group]) => group.length > 0).map(([universityId, group]) => {
            const counter = counters.get(universityId)!;
            return cohortUniversity
              .patch({ cohortId, universityId })
              .add({ active: group.length, submitted: group.length })
              .where((a, { eq, lte }) => `${eq(a.quota, counter.quota)} AND ${lte(a.active, counter.quota - group.length)}`)
              .commit();
          }),
        ],
        (_first, reasons) => {
          const refused = new Set(reasons.filter((r) => r.code === 'ConditionalCheckFailed').map((r) => r.index));
          return new ChunkRefused(writing.filter((_, i) => refused.has(i * ITEMS_PER_ROW)));
        },
      );
    } catch (error) {
      if (!isConflict(error)) throw error;
      for (const universityId of byUniversity.keys()) known.delete(universityId);
      if (error instanceof ChunkRefused) {
        for (const r of error.duplicates) outcomes[r.index] = duplicate();
        rows = rows.filter((r) => !error.duplicates.includes(r));
        if (rows.length === 0) return;
      }
      throw error;
    }
    for (const r of rows) outcomes[r.index] = { ok: true, registration: toRegistrationView(actor, r.record) };
    for (const [universityId, group] of byUniversity) {
      const counter = counters.get(universityId);
      if (counter && group.length) known.set(universityId, { ...counter, active: counter.active + group.length, submitted: counter.submitted + group.length });
    }
  };
  try {
    await retryOnConflict(writeOnce, { attempts: MAX_ATTEMPTS });
  } catch (error) {
    if (!isConflict(error)) throw error;
    for (const r of rows) outcomes[r.index] = fail('conflict', 'Too many registrations at once; try again');
  }
}

/** What the audit keeps of a new registration: no sealed value, no hash (the diff masks the phones). */
function auditable(record: Prepared['record']): Record<string, unknown> {
  const { nationalIdSealed: _s, nationalIdHash: _h, ...rest } = record;
  return rest;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
