import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { getCohortUniversity, type CohortUniversityRecord } from '../cohorts/records.ts';
import { isConflict, retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { duplicate, fail, quotaExceeded, type Prepared, type RegisterOutcome } from './prepare.ts';
import { toRegistrationView } from './records.ts';

/** DynamoDB's limit on the items of one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;
/** What a row writes in the transaction: the registration first, then its audit entry. */
const ITEMS_PER_ROW = 2;
/** Transactions one chunk may send, the first included, while others change its counters. */
const MAX_ATTEMPTS = 13;

/**
 * Fills each transaction up to the item limit: two items per row (registration, audit) and one
 * counter per university in it, so one university's rows go 49 at a time. Fewer, fuller
 * transactions are most of an import's speed.
 */
export function transactionChunks(rows: Prepared[]): Prepared[][] {
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
export async function writeChunk(
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
        for (const r of group)
          outcomes[r.index] = fail('not_eligible', 'The university does not take part in this cohort');
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
              .create(
                auditRecord(
                  actor,
                  'cohortRegistration',
                  r.record.registrationId,
                  'create',
                  diffChanges(undefined, auditable(r.record)),
                  r.record.createdAt,
                ),
              )
              .commit(),
          ]),
          ...[...byUniversity]
            .filter(([, group]) => group.length > 0)
            .map(([universityId, group]) => {
              const counter = counters.get(universityId)!;
              return cohortUniversity
                .patch({ cohortId, universityId })
                .add({ active: group.length, submitted: group.length })
                .where(
                  (a, { eq, lte }) =>
                    `${eq(a.quota, counter.quota)} AND ${lte(a.active, counter.quota - group.length)}`,
                )
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
      if (counter && group.length)
        known.set(universityId, {
          ...counter,
          active: counter.active + group.length,
          submitted: counter.submitted + group.length,
        });
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
