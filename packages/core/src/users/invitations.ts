import { auditRecord, diffChanges } from '../audit/changes.ts';
import type { Actor } from '../auth/actor.ts';
import { transact, type TransactEntities, type WriteBuilder } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashInvitationCode, INVITATION_TTL_DAYS, newInvitationCode } from './invitation-code.ts';
import { accountInvited } from './account-mail.ts';
import { outboxOp } from '../outbox/events.ts';
import { toUserView, type UserRecord } from './records.ts';
import type { UserView } from './users.schema.ts';

export type NewAccount = Pick<
  UserRecord,
  'email' | 'name' | 'role' | 'universityId' | 'mentorId' | 'internId' | 'unitId' | 'outcomeId' | 'isAdmin'
>;

/**
 * Creates an invited account and its one-time code in one transaction with the email guard and the
 * audit entry. Used by every flow that brings someone in (admin, coordinator invitation, and later
 * mentor assignment and accepted registrations).
 */
export async function createInvitedAccount(
  actor: Actor,
  account: NewAccount,
  /** More writes that must hold with the account, e.g. a guard that its record gets only one. */
  guards: (e: TransactEntities, userId: string) => ReturnType<WriteBuilder> = () => [],
): Promise<{ user: UserView; invitationCode: string }> {
  const now = new Date();
  const user: UserRecord = {
    userId: newId('user'),
    email: account.email.trim().toLowerCase(),
    name: account.name,
    role: account.role,
    universityId: account.universityId,
    mentorId: account.mentorId,
    internId: account.internId,
    unitId: account.unitId,
    outcomeId: account.outcomeId,
    isAdmin: account.isAdmin ?? false,
    status: 'invited',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  const invitationCode = newInvitationCode();
  await transact(
    (e) => [
      e.unique.create({ kind: 'email', value: user.email, ownerId: user.userId }).commit(),
      e.user.create(user).commit(),
      e.invitation
        .create({
          codeHash: hashInvitationCode(invitationCode),
          userId: user.userId,
          createdAt: user.createdAt,
          expiresAt: Math.floor(now.getTime() / 1000) + INVITATION_TTL_DAYS * 86400,
        })
        .commit(),
      e.audit
        .create(auditRecord(actor, 'user', user.userId, 'invite', diffChanges(undefined, toUserView(user))))
        .commit(),
      outboxOp(e, accountInvited(user.userId, invitationCode, user.createdAt)),
      ...guards(e, user.userId),
    ],
    (failed) =>
      failed.index === 0
        ? new DomainError('already_exists', 'An account with this email already exists', {
            errors: [{ path: 'email', message: 'This email already has an account', code: 'email_taken' }],
          })
        : new DomainError('conflict', 'The account could not be created; try again'),
  );
  return { user: toUserView(user), invitationCode };
}
