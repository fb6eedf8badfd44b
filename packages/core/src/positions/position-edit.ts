/** Editing a position: its fields, and its headcount against the offers already accepted. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { positionTally } from '../applications/tallies.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { getStoredPosition, stale, type StoredPosition, toView } from './position-records.ts';
import type { PositionView, UpdatePositionInput } from './positions.schema.ts';

const belowAccepted = () =>
  new DomainError('conflict', 'More offers are already accepted than that headcount', {
    errors: [
      { path: 'headcount', message: 'The headcount cannot go below the offers already accepted', code: 'below_in_use' },
    ],
  });

/** An offer was accepted between the read and the write: read again and decide again. */
class AcceptedMeanwhile extends DomainError {
  constructor() {
    super('conflict', 'Offers are being accepted for this position; try again');
  }
}

/**
 * Edits a position on the version read, in one transaction with its audit entry and the recruitment
 * counters. A headcount below the offers already accepted is 409 `below_in_use`; one lowered to exactly
 * those offers fills the published position in the same transaction, as the acceptance that takes the
 * last place does (status `filled`, `transition:filled` audited): no place is left, so the position
 * leaves the public list. An acceptance raises `accepted` without a new version, so a headcount edit
 * holds the count it decided on; one accepted in between fails the write and the edit is decided again
 * on a fresh read (the version named is still the current one).
 */
export async function updatePosition(
  actor: Actor,
  positionId: string,
  input: UpdatePositionInput,
): Promise<PositionView> {
  requireRole(actor, 'organiser');
  const { version, ...changes } = input;
  const decide = async (): Promise<PositionView> => {
    const before = await getStoredPosition(positionId);
    if (!before) throw notFound('Position');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const edited: StoredPosition = { ...before, ...changes, updatedAt: at, version: version + 1 };
    if (edited.status === 'closed' || edited.status === 'filled') {
      throw new DomainError('invalid_transition', `A ${edited.status} position is no longer changed`, {
        from: edited.status,
        allowed: [],
      });
    }
    const taken = before.accepted ?? 0;
    const { headcount } = changes;
    if (headcount !== undefined && headcount < taken) throw belowAccepted();
    const fills = headcount !== undefined && before.status === 'published' && headcount === taken;
    const filled = { status: 'filled' as const, statusSince: at, endedAt: at };
    const after: StoredPosition = fills ? { ...edited, ...filled } : edited;
    const tally = await positionTally(before, after);
    const audits = fills ? 2 : 1;
    await transact(
      ({ position, audit, ...counters }) => [
        position
          .patch({ positionId })
          // The status index's key goes in whole when the edit fills the position.
          .set({ ...changes, updatedAt: at, version: after.version, ...(fills ? filled : {}) })
          .where((a, { eq, notExists }) =>
            headcount === undefined
              ? eq(a.version, version)
              : `${eq(a.version, version)} AND ${taken === 0 ? `(${notExists(a.accepted)} OR ${eq(a.accepted, 0)})` : eq(a.accepted, taken)}`,
          )
          .commit(),
        audit.create(auditRecord(actor, 'position', positionId, 'update', diffChanges(before, edited), at)).commit(),
        ...(fills
          ? [
              audit
                .create(auditRecord(actor, 'position', positionId, 'transition:filled', diffChanges(edited, after), at))
                .commit(),
            ]
          : []),
        ...tally(counters),
      ],
      // The position's condition: its version or its accepted count moved. Past it and the audit
      // entries: the recruitment counters moved meanwhile (an application came).
      (failed) =>
        failed.index === 0
          ? new AcceptedMeanwhile()
          : failed.index <= audits
            ? stale()
            : new DomainError('conflict', 'Applications arrived meanwhile; try again'),
    );
    return toView(after);
  };
  return retryOnConflict(decide, { attempts: 5, retryable: (error) => error instanceof AcceptedMeanwhile });
}
