import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { allSubsidyPolicies } from '../subsidy-policies/index.ts';
import {
  RetentionView,
  type OutcomeStage,
  type RetentionInput,
  type RetentionLedgerView,
} from './conversion.schema.ts';
import type { OutcomeRecord } from './counters.ts';
import type { FunnelField } from './funnel-counter.entity.ts';
import { inService } from './lifecycle.ts';
import { futureDateError, outcomeToday, retentionDateError } from './dates.ts';
import { getOutcomeRecord, readableOutcome } from './records.ts';
import { categoryOf, eligibility } from './subsidy-rules.ts';
import { applyStageChange } from './transitions.ts';
import { pickView } from '../views.ts';

const yearKey = (year: number) => String(year).padStart(2, '0');

/**
 * A yearly confirmation in the retention ledger. Years are confirmed in order (year n after n−1),
 * each dated from its anniversary of onboarding up to today in the cohort's time zone; the entry is
 * created with attribute_not_exists, so a year is recorded once. Still employed moves an onboarded
 * person to `retained`; not employed any more ends the story as `left`. The funnel's
 * retained-after-n-years counters and the observed retention rate move in the same transaction.
 */
export async function confirmRetention(
  actor: Actor,
  outcomeId: string,
  input: RetentionInput,
  now = new Date(),
): Promise<RetentionView> {
  requireRole(actor, 'organiser');
  const before = await getOutcomeRecord(outcomeId);
  if (!before) throw notFound('Outcome');
  if (!inService(before.stage as OutcomeStage) || !before.onboardedOn) {
    throw new DomainError('invalid_transition', 'Only people in employment are confirmed in the retention ledger', {
      from: before.stage,
      allowed: [],
    });
  }
  if (input.year !== before.retainedYears + 1) {
    throw new DomainError('conflict', `Year ${before.retainedYears + 1} is the next to confirm`, {
      errors: [
        {
          path: 'year',
          message: `Confirm year ${before.retainedYears + 1} next`,
          code: 'wrong_year',
          params: { year: before.retainedYears + 1 },
        },
      ],
    });
  }
  const dateError =
    futureDateError(await outcomeToday(before.cohortId, now), {
      confirmedOn: input.confirmedOn,
      homeBoughtOn: input.homeBoughtOn,
    }) ?? retentionDateError(before.onboardedOn, input.year, input.confirmedOn);
  if (dateError) throw dateError;
  const at = new Date().toISOString();
  const entry = {
    outcomeId,
    year: input.year,
    yearKey: yearKey(input.year),
    confirmedOn: input.confirmedOn,
    stillEmployed: input.stillEmployed,
    employer: input.employer,
    ...(input.proofReference ? { proofReference: input.proofReference } : {}),
    ...(input.note ? { note: input.note } : {}),
    recordedBy: actor.userId,
    createdAt: at,
  };
  const extraDelta: Partial<Record<FunnelField, number>> = { retentionChecks: 1 };
  if (input.stillEmployed) {
    extraDelta.retentionKept = 1;
    extraDelta[`retainedY${input.year}` as FunnelField] = 1;
  }
  const fields: Partial<OutcomeRecord> = {
    ...(input.stillEmployed
      ? { retainedYears: input.year, employer: input.employer }
      : { reason: `不再在本地区就业（第${input.year}年确认）` }),
    ...(input.homeBoughtOn ? { homeBoughtOn: input.homeBoughtOn } : {}),
  };
  await applyStageChange(
    actor,
    before,
    {
      to: input.stillEmployed ? 'retained' : 'left',
      on: input.confirmedOn,
      fields,
      extraDelta,
      record: { employer: input.employer, ...(input.stillEmployed ? {} : { reason: fields.reason! }) },
    },
    (e) => [e.retentionConfirmation.create(entry).commit()],
    `retention:${input.year}`,
  );
  return pickView(RetentionView, entry);
}

export async function confirmationsOf(outcomeId: string): Promise<RetentionView[]> {
  const { data } = await db()
    .service.entities.retentionConfirmation.query.byOutcome({ outcomeId })
    .go({ pages: 'all' });
  return data.map((item) => pickView(RetentionView, item));
}

export function ledgerOf(
  o: OutcomeRecord,
  confirmations: RetentionView[],
  policies: Awaited<ReturnType<typeof allSubsidyPolicies>>,
): RetentionLedgerView {
  return {
    outcomeId: o.outcomeId,
    confirmations,
    eligibility: eligibility(
      {
        ...(o.onboardedOn ? { onboardedOn: o.onboardedOn } : {}),
        category: categoryOf(o.degreeLevel, o.subsidyCategory),
        zone: o.inHighTechZone ? 'high_tech_zone' : 'prefecture',
        confirmations,
        ...(o.homeBoughtOn ? { homeBoughtOn: o.homeBoughtOn } : {}),
      },
      policies,
    ),
  };
}

/** The retention ledger of one outcome with its housing subsidy eligibility. */
export async function retentionLedger(actor: Actor, outcomeId: string): Promise<RetentionLedgerView> {
  const o = await readableOutcome(actor, outcomeId);
  const [confirmations, policies] = await Promise.all([confirmationsOf(outcomeId), allSubsidyPolicies()]);
  return ledgerOf(o, confirmations, policies);
}
