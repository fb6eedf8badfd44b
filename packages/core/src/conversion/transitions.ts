import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { futureDateError, outcomeToday } from './dates.ts';
import type { OutcomeStage, StageRecord, OutcomeTransitionInput } from './conversion.schema.ts';
import { counterKeysOf, counterWrites, SUBSIDY_LEDGER, type Entities, type OutcomeRecord } from './counters.ts';
import type { FunnelField } from './funnel-counter.entity.ts';
import { inService, newlyReached, STAGE_FIELD, transitionError } from './lifecycle.ts';
import { getOutcomeRecord } from './records.ts';
import { addYears, categoryOf } from './subsidy-rules.ts';

/** The subsidy liability bucket a person in service is counted in: due on their fifth anniversary. */
export function bucketOf(o: Pick<OutcomeRecord, 'onboardedOn' | 'subsidyCategory' | 'degreeLevel' | 'inHighTechZone'>) {
  return {
    ledger: SUBSIDY_LEDGER,
    dueOn: addYears(o.onboardedOn!, 5),
    category: categoryOf(o.degreeLevel, o.subsidyCategory),
    zone: o.inHighTechZone ? ('high_tech_zone' as const) : ('prefecture' as const),
  };
}

export interface StageChange {
  to: OutcomeStage;
  on: string;
  fields: Partial<OutcomeRecord>;
  extraDelta?: Partial<Record<FunnelField, number>>;
  record: Omit<StageRecord, 'stage' | 'on' | 'recordedBy' | 'recordedAt'>;
}

/**
 * What one stage change writes, decided from `before`: the record after it, and the operations that
 * write it (the outcome on condition of the version and stage it was decided from, its audit entry,
 * the funnel counters and the subsidy ledger), for the caller's transaction. Also used by writes of
 * other areas that move an outcome in their own transaction (an accepted job offer).
 */
export function planStageChange(
  actor: Actor,
  before: OutcomeRecord,
  change: StageChange,
  action = `stage:${change.to}`,
  at = new Date().toISOString(),
): { after: OutcomeRecord; delta: Partial<Record<FunnelField, number>>; ops: (e: Entities) => unknown[] } {
  const from = before.stage as OutcomeStage;
  const stageChanges = change.to !== from;
  const reachedNow = stageChanges ? newlyReached(before.reached, change.to) : [];
  const delta: Partial<Record<FunnelField, number>> = { ...change.extraDelta };
  for (const stage of reachedNow) delta[STAGE_FIELD[stage as keyof typeof STAGE_FIELD]] = 1;
  if (stageChanges && (change.to === 'declined' || change.to === 'left')) delta[change.to as 'declined' | 'left'] = 1;
  if (stageChanges && change.to === 'left' && before.retainedYears < 5)
    delta[`leftBeforeY${before.retainedYears + 1}` as FunnelField] = 1;
  const history = stageChanges
    ? [
        ...(before.history as StageRecord[]),
        { stage: change.to, on: change.on, ...change.record, recordedBy: actor.userId, recordedAt: at },
      ]
    : (before.history as StageRecord[]);
  const after: OutcomeRecord = {
    ...before,
    ...change.fields,
    stage: change.to,
    reached: [...before.reached, ...reachedNow],
    history,
    updatedAt: at,
    version: before.version + 1,
  };
  const wasInService = inService(from) && !!before.onboardedOn;
  const isInService = inService(change.to) && !!after.onboardedOn;
  const { outcomeId: _id, createdAt: _c, ...changed } = after;
  const ops = (e: Entities) => [
    e.outcome
      .patch({ outcomeId: before.outcomeId })
      .set(changed)
      .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.stage, before.stage)}`)
      .commit(),
    e.audit
      .create(
        auditRecord(
          actor,
          'outcome',
          before.outcomeId,
          action,
          diffChanges(before, after, ['version', 'createdAt', 'updatedAt', 'history', 'reached']),
          at,
        ),
      )
      .commit(),
    ...counterWrites(e, counterKeysOf(before), delta, before.outcomeId),
    ...(!wasInService && isInService ? [e.subsidyBucket.update(bucketOf(after)).add({ count: 1 }).commit()] : []),
    ...(wasInService && !isInService ? [e.subsidyBucket.update(bucketOf(before)).add({ count: -1 }).commit()] : []),
  ];
  return { after, delta, ops };
}

/**
 * Writes one stage change with everything it moves, in one transaction conditioned on the version
 * and stage it was decided from: of two concurrent changes exactly one wins, the other gets
 * `version_conflict`. Extra operations (a retention confirmation) ride in the same transaction.
 */
export async function applyStageChange(
  actor: Actor,
  before: OutcomeRecord,
  change: StageChange,
  extra: (e: Entities) => unknown[] = () => [],
  action = `stage:${change.to}`,
): Promise<OutcomeRecord> {
  const { after, ops } = planStageChange(actor, before, change, action);
  await transact(
    (e) => [...(ops(e) as never[]), ...(extra(e) as never[])],
    (failed) =>
      failed.index === 0
        ? new DomainError('version_conflict', 'The outcome was changed by someone else; reload and try again')
        : new DomainError('already_exists', 'This was already recorded'),
  );
  return after;
}

/** A stage change requested by an organiser, with the facts of the step, dated no later than today. */
export async function transition(
  actor: Actor,
  outcomeId: string,
  input: OutcomeTransitionInput,
  now = new Date(),
): Promise<OutcomeRecord> {
  requireRole(actor, 'organiser');
  const before = await getOutcomeRecord(outcomeId);
  if (!before) throw notFound('Outcome');
  // The version first: a request decided from an older version lost a race (or was made on a stale
  // screen), whatever the stage is now; judging its move against a stage it never saw would call the
  // loser's move invalid instead of telling it to reload.
  if (input.version !== before.version)
    throw new DomainError('version_conflict', 'The outcome was changed by someone else; reload and try again');
  const error = transitionError(before.stage as OutcomeStage, input.to);
  if (error) throw error;
  const future = futureDateError(await outcomeToday(before.cohortId, now), {
    on: input.on,
    agreementConfirmedOn: input.agreementConfirmedOn,
  });
  if (future) throw future;
  let employer = input.employer;
  if (input.employerHostUnitId) {
    const { data: unit } = await db().service.entities.hostUnit.get({ hostUnitId: input.employerHostUnitId }).go();
    if (!unit)
      throw new DomainError('validation_failed', 'No such host unit', {
        errors: [{ path: 'employerHostUnitId', message: 'Not a host unit', code: 'not_found' }],
      });
    employer = unit.name;
  }
  // The offer (or an accepted application) usually recorded the employer already; only an outcome
  // with none on record must name one to onboard.
  if (input.to === 'onboarded' && !employer && !before.employer)
    throw new DomainError('validation_failed', 'Name the employer', {
      errors: [{ path: 'employer', message: 'Name the employer', code: 'required' }],
    });
  if (input.to === 'onboarded' && before.onboardedOn === undefined && input.on < (before.agreementSignedOn ?? '0000')) {
    throw new DomainError('validation_failed', 'Onboarding comes after the agreement', {
      errors: [{ path: 'on', message: 'Before the agreement was signed', code: 'before_agreement' }],
    });
  }
  const fields: Partial<OutcomeRecord> = {
    ...(employer ? { employer } : {}),
    ...(input.employerHostUnitId ? { employerHostUnitId: input.employerHostUnitId } : {}),
    ...(input.post ? { post: input.post } : {}),
    ...(input.employmentKind ? { employmentKind: input.employmentKind } : {}),
    ...(input.reason ? { reason: input.reason } : {}),
    ...(input.to === 'agreement_signed'
      ? { agreementSignedOn: input.on, agreementConfirmedOn: input.agreementConfirmedOn! }
      : {}),
    ...(input.to === 'onboarded'
      ? {
          onboardedOn: input.on,
          subsidyCategory: categoryOf(before.degreeLevel, input.subsidyCategory),
          inHighTechZone: input.inHighTechZone ?? false,
        }
      : {}),
  };
  return applyStageChange(actor, before, {
    to: input.to,
    on: input.on,
    fields,
    record: {
      // The onboarding step names where the person started, even when the offer had recorded it.
      ...(employer || (input.to === 'onboarded' && before.employer) ? { employer: employer ?? before.employer } : {}),
      ...(input.post ? { post: input.post } : {}),
      ...(input.employmentKind ? { employmentKind: input.employmentKind } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
    },
  });
}
