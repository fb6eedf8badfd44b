/** Accepting a job offer: the application, the position's places and the person's outcome in one transaction. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { planAcceptedOffer } from '../conversion/offers.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { getStoredPosition, type StoredPosition, unitNameOf } from '../positions/positions.ts';
import { localDate } from '../time.ts';
import type { ApplicationView } from './applications.schema.ts';
import { type ApplicationRecord, toApplicationView, existingApplication, staleApplication } from './records.ts';
import { applicationTally } from './tallies.ts';

/** A failed condition that means "read again and decide again". */
class Rebuild extends DomainError {
  constructor() {
    super('conflict', 'rebuild');
  }
}

const headcountReached = (p: StoredPosition) =>
  new DomainError('headcount_reached', `All ${p.headcount} places of this position are taken`, {
    headcount: p.headcount,
    accepted: p.accepted ?? 0,
  });

/** 事业编制 is a public institution's post; the pipeline's kinds name no "other". */
const EMPLOYMENT_KIND = {
  career_establishment: 'public_institution',
  state_enterprise: 'state_owned_enterprise',
} as const;

/**
 * Accepting an offer, in one transaction: the application to accepted (on its version and status),
 * the position's accepted count one up on condition that it is still the count read and below the
 * headcount, the position filled (versioned and audited) when this acceptance takes its last place,
 * and the person's outcome opened or moved to `offered` with the position and unit (see
 * conversion/offers.ts). Concurrent acceptances each hold the count they read, so of those reading
 * the same count one commits and the others read again: the headcount is never exceeded, and once
 * it is reached the rest are 409 `headcount_reached`.
 */
export async function accept(actor: Actor, first: ApplicationRecord): Promise<ApplicationView> {
  // The unit's name, recorded as the employer; an acceptance does not change it, so it is read once.
  const found = await getStoredPosition(first.positionId);
  if (!found) throw notFound('Position');
  const unitName = await unitNameOf(found);
  const decide = async (attempt: number): Promise<ApplicationView> => {
    const before = attempt === 0 ? first : await existingApplication(first.applicationId);
    if (before.version !== first.version) throw staleApplication();
    const position = await getStoredPosition(before.positionId);
    if (!position) throw notFound('Position');
    const taken = position.accepted ?? 0;
    if (position.status === 'filled' || taken >= position.headcount) throw headcountReached(position);
    if (position.status !== 'published')
      throw new DomainError('invalid_transition', `The position is ${position.status}; it takes no acceptances`, {
        from: position.status,
        allowed: [],
      });
    const at = new Date().toISOString();
    const fills = taken + 1 === position.headcount;
    const offer = await planAcceptedOffer(
      actor,
      { leadId: before.leadId, ...(before.internId ? { internId: before.internId } : {}) },
      {
        positionId: position.positionId,
        employer: unitName,
        ...(position.unitKind === 'host_unit' ? { employerHostUnitId: position.unitId } : {}),
        post: position.title,
        ...(position.postKind === 'other' ? {} : { employmentKind: EMPLOYMENT_KIND[position.postKind] }),
        on: localDate(new Date(at)),
      },
      at,
    );
    const after: ApplicationRecord = {
      ...before,
      status: 'accepted',
      statusSince: at,
      outcomeId: offer.outcomeId,
      updatedAt: at,
      version: before.version + 1,
    };
    const positionChange = fills
      ? {
          accepted: taken + 1,
          status: 'filled' as const,
          statusSince: at,
          endedAt: at,
          updatedAt: at,
          version: position.version + 1,
        }
      : { accepted: taken + 1 };
    const labels: ('application' | 'position' | 'outcome' | 'other')[] = [];
    await transact(
      (e) => {
        // Built again when the transaction is retried: the labels follow the operations of this build.
        labels.length = 0;
        const ops: unknown[] = [
          e.application
            .patch({ applicationId: before.applicationId })
            .set({
              status: 'accepted',
              statusSince: at,
              outcomeId: offer.outcomeId,
              updatedAt: at,
              version: after.version,
            })
            .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
            .commit(),
          e.position
            .patch({ positionId: position.positionId })
            .set(positionChange)
            .where(
              (a, { eq, notExists, name, value }) =>
                `${taken === 0 ? `(${notExists(a.accepted)} OR ${eq(a.accepted, 0)})` : eq(a.accepted, taken)} AND ` +
                `${eq(a.status, 'published')} AND ${name(a.headcount)} > ${value(a.headcount, taken)}`,
            )
            .commit(),
          e.audit
            .create(
              auditRecord(
                actor,
                'application',
                before.applicationId,
                'transition:accepted',
                diffChanges(before, after),
                at,
              ),
            )
            .commit(),
        ];
        labels.push('application', 'position', 'other');
        if (fills) {
          ops.push(
            e.audit
              .create(
                auditRecord(
                  actor,
                  'position',
                  position.positionId,
                  'transition:filled',
                  diffChanges(position, { ...position, ...positionChange }),
                  at,
                ),
              )
              .commit(),
          );
          labels.push('other');
        }
        const outcomeOps = offer.ops(e);
        ops.push(...outcomeOps);
        labels.push('outcome', ...outcomeOps.slice(1).map(() => 'other' as const));
        const tallyOps = applicationTally(e, position, before.applicationId, { acceptances: 1 });
        ops.push(...tallyOps);
        labels.push(...tallyOps.map(() => 'other' as const));
        return ops as never;
      },
      (failed) => {
        const label = labels[failed.index];
        if (label === 'application') return staleApplication();
        return new Rebuild();
      },
    );
    return toApplicationView(after);
  };
  return retryOnConflict(decide, {
    attempts: 40,
    retryable: (error) => error instanceof Rebuild || (error instanceof DomainError && error.code === 'conflict'),
    exhausted: () => new DomainError('conflict', 'The position is busy; try again'),
  });
}
