import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { SubsidyPolicyView, type CreateSubsidyPolicyInput } from './subsidy-policies.schema.ts';
import { pickView } from '../views.ts';

const LEDGER = 'housing';

function toView(record: Record<string, unknown>): SubsidyPolicyView {
  return pickView(SubsidyPolicyView, record);
}

/** Every version, oldest first: a handful per decade, so always read whole. */
export async function allSubsidyPolicies(): Promise<SubsidyPolicyView[]> {
  const { data } = await db().service.entities.subsidyPolicy.query.byDate({ ledger: LEDGER }).go({ pages: 'all' });
  return data.map(toView);
}

export const SubsidyPolicies = {
  async list(actor: Actor): Promise<{ items: SubsidyPolicyView[] }> {
    requireRole(actor, 'organiser');
    return { items: await allSubsidyPolicies() };
  },

  /** A new version; two versions effective the same day would make the applicable one ambiguous. */
  async create(actor: Actor, input: CreateSubsidyPolicyInput): Promise<SubsidyPolicyView> {
    requireRole(actor, 'organiser');
    const at = new Date().toISOString();
    const record = {
      policyId: newId('subsidyPolicy'),
      ledger: LEDGER,
      ...input,
      createdBy: actor.userId,
      createdAt: at,
    };
    await transact(
      ({ subsidyPolicy, unique, audit }) => [
        unique.create({ kind: 'subsidyPolicyDate', value: input.effectiveFrom, ownerId: record.policyId }).commit(),
        subsidyPolicy.create(record).commit(),
        audit
          .create(auditRecord(actor, 'subsidyPolicy', record.policyId, 'create', diffChanges(undefined, record), at))
          .commit(),
      ],
      () =>
        new DomainError('already_exists', 'A policy version is already effective from this date', {
          errors: [{ path: 'effectiveFrom', message: 'Another version starts on this date', code: 'duplicate_date' }],
        }),
    );
    return toView(record);
  },
};
