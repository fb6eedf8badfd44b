/** An intern's travel claim: read by them or an organiser, written by them until their statement is approved. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, forbidden, notFound } from '../errors.ts';
import { getPlacementRecord } from '../placements/records.ts';
import { pickView } from '../views.ts';
import { getTravelClaim } from './compute.ts';
import { TravelClaimInput, TravelClaimView } from './stipends.schema.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;

export const TravelClaims = {
  async travelClaim(actor: Actor, registrationId: string): Promise<TravelClaimView> {
    if (!(actor.role === 'organiser' || (actor.role === 'intern' && actor.internId === registrationId))) {
      if (actor.role === 'coordinator') throw forbidden();
      throw notFound('Travel claim');
    }
    const claim = await getTravelClaim(registrationId);
    if (!claim) throw notFound('Travel claim');
    return claim;
  },

  /**
   * The intern records (or corrects) their travel claim. Once the statement is approved the claim is
   * frozen with it: the transaction checks that no approved statement exists.
   */
  async putTravelClaim(actor: Actor, registrationId: string, input: TravelClaimInput): Promise<TravelClaimView> {
    requireRole(actor, 'intern');
    if (actor.internId !== registrationId) throw notFound('Intern');
    const { version, ...fields } = TravelClaimInput.parse(input);
    const [placement, before] = await Promise.all([getPlacementRecord(registrationId), getTravelClaim(registrationId)]);
    if (!placement) throw notFound('Intern');
    const stale = () => new DomainError('version_conflict', 'The claim was changed elsewhere; reload it and try again');
    if (before && before.version !== version) throw stale();
    // No read of the statement first: the transaction's check on it refuses an approved one anyway.
    const at = new Date().toISOString();
    const after = { registrationId, ...fields, createdAt: at, updatedAt: at, version: (before?.version ?? 0) + 1 };
    await transact(
      ({ travelClaim, stipendStatement, audit }) =>
        [
          stipendStatement
            .check({ cohortId: placement.cohortId, payeeId: registrationId })
            .where((a, { notExists }) => notExists(a.payeeId))
            .commit(),
          before
            ? travelClaim
                .patch({ registrationId })
                .set({
                  amountFen: fields.amountFen,
                  receipts: fields.receipts,
                  ...(fields.note ? { note: fields.note } : {}),
                  updatedAt: at,
                  version: after.version,
                })
                .where((a, { eq }) => eq(a.version, before.version))
                .commit()
            : travelClaim.create(after).commit(),
          audit
            .create(
              auditRecord(
                actor,
                'travelClaim',
                registrationId,
                before ? 'update' : 'create',
                diffChanges(before ? { ...before } : undefined, { ...after }),
                at,
              ),
            )
            .commit(),
        ] as Ops,
      (failed) =>
        failed.index === 0
          ? new DomainError('statement_approved', 'Your statement is approved; the travel claim can no longer change')
          : stale(),
    );
    return pickView(TravelClaimView, after);
  },
};
