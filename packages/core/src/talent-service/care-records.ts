import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { getCohortRecord } from '../cohorts/records.ts';
import type { OutcomeStage } from '../conversion/conversion.schema.ts';
import { inService } from '../conversion/lifecycle.ts';
import { outcomeStagesByIds } from '../conversion/records.ts';
import { db } from '../db/service.ts';
import { forbidden, notFound } from '../errors.ts';
import { DEFAULT_TIME_ZONE, localDate } from '../time.ts';
import type { TalentCare } from './care.entity.ts';
import type { CareView } from './care.schema.ts';
import type { ServicePolicyView } from './policy.schema.ts';
import { contactDueOn, isOverdue, tierRule } from './rules.ts';

export type CareRecord = EntityItem<typeof TalentCare>;

export async function getCareRecord(outcomeId: string): Promise<CareRecord | null> {
  const { data } = await db().service.entities.talentCare.get({ outcomeId }).go();
  return data ?? null;
}

/**
 * Today in each cohort's time zone (the programme's for people without a cohort), each cohort read
 * once however many of its people a list holds. People's days are dated where they live.
 */
export function cohortCalendar(now: Date) {
  const zones = new Map<string, Promise<string>>();
  return (cohortId: string | undefined): Promise<string> => {
    const key = cohortId ?? '';
    let zone = zones.get(key);
    if (!zone) {
      zone = cohortId
        ? getCohortRecord(cohortId).then((c) => c?.timeZone ?? DEFAULT_TIME_ZONE)
        : Promise.resolve(DEFAULT_TIME_ZONE);
      zones.set(key, zone);
    }
    return zone.then((tz) => localDate(now, tz));
  };
}

/** Organisers see everyone; a contact only the people assigned to them (others do not exist for them). */
export function canSeeCare(actor: Actor, care: CareRecord): boolean {
  if (actor.role === 'organiser') return true;
  return actor.role === 'contact' && care.contactUserId === actor.userId;
}

export async function readableCare(actor: Actor, outcomeId: string): Promise<CareRecord> {
  if (actor.role !== 'organiser' && actor.role !== 'contact') throw forbidden();
  const care = await getCareRecord(outcomeId);
  if (!care || !canSeeCare(actor, care)) throw notFound('Person');
  return care;
}

/** Where a person stands now, from their outcome: still in service or not, and the unit employing them. */
export interface ServiceFacts {
  inService: boolean;
  employer?: string | undefined;
}

/**
 * Whether each of these people is still in service, and where they work: one batch read of their
 * outcomes (stage and employer only). A person who left keeps their care record and log (the
 * history stays), but no contact falls due for them any more.
 */
export async function serviceFactsOf(outcomeIds: readonly string[]): Promise<Map<string, ServiceFacts>> {
  const outcomes = await outcomeStagesByIds(outcomeIds);
  return new Map(
    [...outcomes.values()].map((o) => [
      o.outcomeId,
      { inService: inService(o.stage as OutcomeStage), ...(o.employer ? { employer: o.employer } : {}) },
    ]),
  );
}

/** The care record as read: due and overdue from the cadence of the version in force today. */
export function toCareView(
  care: CareRecord,
  policy: ServicePolicyView,
  today: string,
  facts: ServiceFacts = { inService: true },
): CareView {
  const stillInService = facts.inService;
  const nextContactDue = contactDueOn(policy, care.tier, care.lastContactOn);
  const rule = tierRule(policy, care.tier);
  return {
    outcomeId: care.outcomeId,
    ...(care.cohortId ? { cohortId: care.cohortId } : {}),
    name: care.name,
    onboardedOn: care.onboardedOn,
    tier: care.tier,
    tierLabel: rule?.label ?? { zh: care.tier, en: care.tier },
    contactLevel: rule?.contactLevel ?? 'unit',
    commissionerId: care.commissionerId,
    contactUserId: care.contactUserId,
    lastContactOn: care.lastContactOn,
    nextContactDue,
    ...(facts.employer ? { employer: facts.employer } : {}),
    inService: stillInService,
    contactOverdue: stillInService && isOverdue(nextContactDue, today),
    policyId: policy.policyId,
    version: care.version,
  };
}
