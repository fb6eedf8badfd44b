import { requireRole, type Actor } from '../auth/actor.ts';
import { DECIDING_STATUSES } from '../cohorts/lifecycle.ts';
import { requireCohortRecord } from '../cohorts/records.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { DecisionInput, DecisionResult } from './cohort-registrations.schema.ts';
import { getRegistrationRecord, type RegistrationRecord } from './records.ts';
import { applyChange, type Review } from './status-changes.ts';

/** `run` over `items`, at most `limit` at a time, results in the order of `items`. */
async function runLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await run(items[index]!);
      }
    }),
  );
  return results;
}

/**
 * One registration decided as part of the review `review`: its own transaction and its own result,
 * so one that was already decided by someone else does not undo the others. `before` is the record
 * as the request read it, when it did.
 */
export async function decideRegistration(
  actor: Actor,
  cohortId: string,
  input: Pick<DecisionInput, 'decision' | 'reason'>,
  registrationId: string,
  review: Review,
  before?: RegistrationRecord,
): Promise<DecisionResult> {
  requireRole(actor, 'organiser');
  // Read alone only when the batch did not return it: not there, or left unprocessed under load.
  const record = before ?? (await getRegistrationRecord(registrationId));
  if (!record || record.cohortId !== cohortId)
    return { registrationId, ok: false, code: 'not_found', message: 'Registration was not found in this cohort' };
  try {
    const { after, invitationCode, invitationExpiresAt } = await applyChange(actor, record, {
      to: input.decision,
      reason: input.reason,
      invite: input.decision === 'accepted',
      review,
    });
    return {
      registrationId,
      ok: true,
      status: after.status,
      ...(invitationCode ? { invitationCode, invitationExpiresAt } : {}),
    };
  } catch (error) {
    if (error instanceof DomainError)
      return { registrationId, ok: false, status: record.status, code: error.code, message: error.message };
    throw error;
  }
}

/**
 * Organisers accept, waitlist or reject registrations of a cohort, one or many at once with one
 * reason. Each registration is its own transaction and its own result (`decideRegistration`).
 * Accepting creates the intern's account; its one-time invitation code is in the result and
 * nowhere else. Each decision writes its `registration.decided` event, and the coordinators hear
 * of the whole request as one digest gathered from them: nothing is left to write at the end.
 */
export async function decide(actor: Actor, cohortId: string, input: DecisionInput): Promise<DecisionResult[]> {
  requireRole(actor, 'organiser');
  const ids = [...new Set(input.registrationIds)];
  // The registrations in one BatchGet, read with the cohort, instead of one read each.
  const [cohort, records] = await Promise.all([
    requireCohortRecord(cohortId),
    batchGet(
      ids.map((registrationId) => ({ registrationId })),
      (keys) => db().service.entities.cohortRegistration.get(keys).go(),
    ),
  ]);
  if (!DECIDING_STATUSES.includes(cohort.status)) {
    throw new DomainError('invalid_transition', 'Decisions are made while the cohort is open, in review or running', {
      from: cohort.status,
      allowed: [...DECIDING_STATUSES],
    });
  }
  const byId = new Map(records.map((record) => [record.registrationId, record]));
  const reviewId = newId('review');
  const position = new Map(ids.map((id, index) => [id, index]));
  return runLimited(ids, 4, (registrationId) =>
    decideRegistration(
      actor,
      cohortId,
      input,
      registrationId,
      { reviewId, position: position.get(registrationId)! },
      byId.get(registrationId),
    ),
  );
}
