import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { outcomeToday } from '../conversion/dates.ts';
import { policyInForce } from '../conversion/subsidy-rules.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { pickView } from '../views.ts';
import { DEFAULT_SERVICE_POLICY } from './default-policy.ts';
import { ServicePolicyView, type CreateServicePolicyInput } from './policy.schema.ts';

const LEDGER = 'talent-service';

/** Every stored version, oldest first, after the built-in one: a handful per decade, so read whole. */
export async function allServicePolicies(): Promise<ServicePolicyView[]> {
  const { data } = await db().service.entities.servicePolicy.query.byDate({ ledger: LEDGER }).go({ pages: 'all' });
  return [DEFAULT_SERVICE_POLICY, ...data.map((item) => pickView(ServicePolicyView, item))];
}

/**
 * The version in force on a date: the latest effective on or before it; the built-in one before all.
 * Read newest-listed first, so a stored version dated the same day as the built-in one wins over it.
 */
export function servicePolicyOn(policies: readonly ServicePolicyView[], on: string): ServicePolicyView {
  return policyInForce([...policies].reverse(), on) ?? DEFAULT_SERVICE_POLICY;
}

/** Today in the person's cohort's time zone and the version in force then, the two read side by side. */
export async function policyToday(cohortId: string | undefined, now: Date) {
  const [today, policies] = await Promise.all([outcomeToday(cohortId, now), allServicePolicies()]);
  return { today, policy: servicePolicyOn(policies, today) };
}

export const ServicePolicies = {
  async list(actor: Actor): Promise<{ items: ServicePolicyView[] }> {
    requireRole(actor, 'organiser');
    return { items: await allServicePolicies() };
  },

  /** A new version; two versions effective the same day would make the one in force ambiguous. */
  async create(actor: Actor, input: CreateServicePolicyInput): Promise<ServicePolicyView> {
    requireRole(actor, 'organiser');
    const at = new Date().toISOString();
    const record = {
      policyId: newId('servicePolicy'),
      ledger: LEDGER,
      ...input,
      createdBy: actor.userId,
      createdAt: at,
    };
    await transact(
      ({ servicePolicy, unique, audit }) => [
        unique.create({ kind: 'servicePolicyDate', value: input.effectiveFrom, ownerId: record.policyId }).commit(),
        servicePolicy.create(record).commit(),
        audit
          .create(auditRecord(actor, 'servicePolicy', record.policyId, 'create', diffChanges(undefined, record), at))
          .commit(),
      ],
      () =>
        new DomainError('already_exists', 'A policy version is already effective from this date', {
          errors: [{ path: 'effectiveFrom', message: 'Another version starts on this date', code: 'duplicate_date' }],
        }),
    );
    return pickView(ServicePolicyView, record);
  },
};
