import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import type { AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashInvitationCode, INVITATION_TTL_DAYS, newInvitationCode } from '../users/invitation-code.ts';
import type { CohortRegistrationView } from './cohort-registrations.schema.ts';
import { holdsPlace, registrationTransitionError, type RegistrationStatus } from './lifecycle.ts';
import { getPlacementRecord } from '../placements/records.ts';
import { releaseItems } from '../placements/release.ts';
import { getRegistrationRecord, toRegistrationView, type RegistrationRecord } from './records.ts';
import { outboxOp } from '../outbox/events.ts';
import { encryptField } from '../personal/vault.ts';
import { peopleEvent } from '../people-events/events.ts';

type WriteBuilder = Parameters<AppService['transaction']['write']>[0];
type Entities = Parameters<WriteBuilder>[0];

/** The counter moves of one status change: the old status down, the new one up, the quota place freed if it ends. */
function counterChange(from: RegistrationStatus, to: RegistrationStatus) {
  const add: Record<string, number> = { [to]: 1 };
  const subtract: Record<string, number> = { [from]: 1 };
  if (holdsPlace(from) && !holdsPlace(to)) subtract.active = 1;
  return { add, subtract };
}

interface Change {
  to: RegistrationStatus;
  reason?: string;
  /** Creates the intern's invited account in the same transaction (on acceptance). */
  invite?: boolean;
  /** The review request this decision belongs to, and the registration's place in it. */
  review?: Review;
}

/** One review request: its id, and the registration's place in its list. */
export interface Review {
  reviewId: string;
  position: number;
}

/**
 * One registration's status change in one transaction: the record under a condition on the
 * status and version it was read with, its university's counters, the audit entry and, on
 * acceptance, the intern's account with its one-time invitation code.
 */
export async function applyChange(
  actor: Actor,
  before: RegistrationRecord,
  change: Change,
): Promise<{ after: RegistrationRecord; invitationCode?: string; invitationExpiresAt?: string }> {
  const transitionError = registrationTransitionError(before.status, change.to);
  if (transitionError) throw transitionError;
  const now = new Date();
  const at = now.toISOString();
  const needsAccount = change.invite && !before.userId;
  const userId = needsAccount ? newId('user') : before.userId;
  const after: RegistrationRecord = {
    ...before,
    status: change.to,
    ...(change.reason ? { decisionReason: change.reason } : {}),
    ...(change.to === 'accepted' || change.to === 'waitlisted' || change.to === 'rejected'
      ? { decidedAt: at, decidedBy: actor.userId }
      : {}),
    ...(userId ? { userId } : {}),
    updatedAt: at,
    version: before.version + 1,
  };
  const invitationCode = needsAccount ? newInvitationCode() : undefined;
  const expiresAtSeconds = Math.floor(now.getTime() / 1000) + INVITATION_TTL_DAYS * 86400;
  const { add, subtract } = counterChange(before.status, change.to);
  const email = before.email.trim().toLowerCase();
  // The intern is told of their acceptance by mail; the activation code travels sealed in the
  // outbox item, which is written with the account and its invitation or not at all.
  const accepted =
    change.to === 'accepted' && userId
      ? peopleEvent('registration.accepted', {
          registrationId: before.registrationId,
          cohortId: before.cohortId,
          universityId: before.universityId,
          userId,
          ...(invitationCode
            ? {
                invitationSealed: encryptField(invitationCode),
                invitationExpiresAt: new Date(expiresAtSeconds * 1000).toISOString(),
              }
            : {}),
        })
      : undefined;
  // The coordinators' digest is gathered from one event per decision, written with the decision,
  // so a review that stops half-way still tells them of every decision it made.
  const decided =
    change.review && (change.to === 'accepted' || change.to === 'waitlisted' || change.to === 'rejected')
      ? peopleEvent('registration.decided', {
          reviewId: change.review.reviewId,
          cohortId: before.cohortId,
          registrationId: before.registrationId,
          universityId: before.universityId,
          name: before.name,
          decision: change.to,
          ...(change.reason ? { reason: change.reason } : {}),
          decidedAt: at,
          position: change.review.position,
        })
      : undefined;
  // A withdrawn intern gives their seat and mentor slot back in the same transaction. Placement
  // writes bump the registration's version, so the version condition below also proves the
  // placement read here is still the one in force.
  const placement =
    change.to === 'withdrawn' && before.projectId ? await getPlacementRecord(before.registrationId) : null;
  if (placement) {
    for (const field of ['hostUnitId', 'projectId', 'mentorId', 'placedAt'] as const) delete after[field];
  }

  // The registration comes first in the transaction, then its counters and audit entry; on
  // acceptance the new account's email guard is fourth.
  const failedOn = (index: number) => (index === 0 ? 'registration' : needsAccount && index === 3 ? 'email' : 'other');
  await transact(
    (e: Entities) => {
      const registration = e.cohortRegistration.patch({ registrationId: before.registrationId }).set({
        status: after.status,
        cohortId: before.cohortId,
        universityId: before.universityId,
        createdAt: before.createdAt,
        ...(change.reason ? { decisionReason: change.reason } : {}),
        ...(after.decidedAt ? { decidedAt: after.decidedAt, decidedBy: actor.userId } : {}),
        ...(userId ? { userId } : {}),
        updatedAt: at,
        version: after.version,
      });
      return [
        (placement ? registration.remove(['hostUnitId', 'projectId', 'mentorId', 'placedAt']) : registration)
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        e.cohortUniversity
          .patch({ cohortId: before.cohortId, universityId: before.universityId })
          .add(add)
          .subtract(subtract)
          .commit(),
        e.audit
          .create(
            auditRecord(
              actor,
              'cohortRegistration',
              before.registrationId,
              `status:${change.to}`,
              diffChanges(before, after, ['version', 'createdAt', 'updatedAt', 'decidedAt']),
              at,
            ),
          )
          .commit(),
        ...(needsAccount
          ? [
              e.unique.create({ kind: 'email', value: email, ownerId: userId! }).commit(),
              e.user
                .create({
                  userId: userId!,
                  email,
                  name: before.name,
                  role: 'intern',
                  universityId: before.universityId,
                  internId: before.registrationId,
                  isAdmin: false,
                  status: 'invited',
                  createdAt: at,
                  updatedAt: at,
                  version: 1,
                })
                .commit(),
              e.invitation
                .create({
                  codeHash: hashInvitationCode(invitationCode!),
                  userId: userId!,
                  createdAt: at,
                  expiresAt: expiresAtSeconds,
                })
                .commit(),
            ]
          : []),
        ...(placement ? releaseItems(e, placement) : []),
        ...(accepted ? [outboxOp(e, accepted)] : []),
        ...(decided ? [outboxOp(e, decided)] : []),
      ];
    },
    (failed) => {
      if (failedOn(failed.index) === 'registration') {
        return new DomainError(
          'version_conflict',
          'The registration was changed by someone else; reload and try again',
        );
      }
      if (failedOn(failed.index) === 'email') {
        return new DomainError(
          'already_exists',
          'An account with this email already exists; correct the email before accepting',
          {
            errors: [{ path: 'email', message: 'This email already has an account', code: 'email_taken' }],
          },
        );
      }
      return new DomainError('conflict', 'The change could not be saved; try again');
    },
  );
  return {
    after,
    ...(invitationCode ? { invitationCode, invitationExpiresAt: new Date(expiresAtSeconds * 1000).toISOString() } : {}),
  };
}

/**
 * A student's place confirmed (accepted → confirmed) or given up (withdrawn). Organisers may do
 * both for anyone; a coordinator for the students of their own university, because the university
 * is who confirms that the student will come. Another university's student is "not found".
 */
export async function changeOwnStatus(
  actor: Actor,
  cohortId: string,
  registrationId: string,
  to: 'confirmed' | 'withdrawn',
  reason?: string,
): Promise<CohortRegistrationView> {
  requireRole(actor, 'organiser', 'coordinator');
  const before = await getRegistrationRecord(registrationId);
  if (!before || before.cohortId !== cohortId) throw notFound('Registration');
  if (actor.role === 'coordinator' && before.universityId !== actor.universityId) throw notFound('Registration');
  const { after } = await applyChange(actor, before, { to, reason });
  return toRegistrationView(actor, after);
}
