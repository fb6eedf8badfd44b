import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireAdmin, requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { shardedPage } from '../db/sharded-list.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashInvitationCode, INVITATION_TTL_DAYS, newInvitationCode } from './invitation-code.ts';
import { accountInvited } from './account-mail.ts';
import { outboxOp } from '../outbox/events.ts';
import { accountsNewestFirst } from './list.ts';
import { getRecord, toUserView, type UserRecord } from './records.ts';
import { Sessions } from './sessions.ts';
import { SignIn } from './sign-in.ts';
import type { CreateUserInput, UserView } from './users.schema.ts';

export * from './users.schema.ts';
export { ROLES, type Role } from './user.entity.ts';
export { LOGIN_POLICY } from './login-lock.ts';
export { RESET_CODE_TTL_HOURS } from './sessions.ts';
export { SIGN_IN_LIMITS } from '../auth/attempt-limits.ts';
export { toUserView };
export { activeOrganisers } from './list.ts';

export type NewAccount = Pick<UserRecord, 'email' | 'name' | 'role' | 'universityId' | 'mentorId' | 'internId' | 'isAdmin'>;

/**
 * Creates an invited account and its one-time code in one transaction with the email guard and the
 * audit entry. Used by every flow that brings someone in (admin, coordinator invitation, and later
 * mentor assignment and accepted registrations).
 */
export async function createInvitedAccount(
  actor: Actor,
  account: NewAccount,
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
    isAdmin: account.isAdmin ?? false,
    status: 'invited',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  const invitationCode = newInvitationCode();
  await transact(
    ({ unique, user: users, invitation, audit, outboxEvent }) => [
      unique.create({ kind: 'email', value: user.email, ownerId: user.userId }).commit(),
      users.create(user).commit(),
      invitation
        .create({
          codeHash: hashInvitationCode(invitationCode),
          userId: user.userId,
          createdAt: user.createdAt,
          expiresAt: Math.floor(now.getTime() / 1000) + INVITATION_TTL_DAYS * 86400,
        })
        .commit(),
      audit.create(auditRecord(actor, 'user', user.userId, 'invite', diffChanges(undefined, toUserView(user)))).commit(),
      outboxOp({ outboxEvent }, accountInvited(user.userId, invitationCode, user.createdAt)),
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

export const Users = {
  create(actor: Actor, input: CreateUserInput) {
    requireAdmin(actor);
    return createInvitedAccount(actor, input);
  },

  async get(actor: Actor, userId: string): Promise<UserView> {
    if (actor.userId !== userId) requireRole(actor, 'organiser');
    const user = await getRecord(userId);
    if (!user) throw notFound('User');
    return toUserView(user);
  },

  async list(actor: Actor, page: PageRequest) {
    requireRole(actor, 'organiser');
    return shardedPage(accountsNewestFirst, page, toUserView);
  },

  async listByUniversity(actor: Actor, universityId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) => db().service.entities.user.query.byUniversity({ universityId }).go(options),
      page,
      (user) => toUserView(user as UserRecord),
    );
  },

  /**
   * Enables or disables an account. An admin cannot disable themselves and lock everyone out.
   * Disabling also bumps the token generation, so enabling the account again does not bring its old
   * tokens back: the person signs in afresh.
   */
  async setStatus(actor: Actor, userId: string, status: 'active' | 'disabled'): Promise<UserView> {
    requireAdmin(actor);
    if (userId === actor.userId && status === 'disabled') {
      throw new DomainError('conflict', 'You cannot disable your own account');
    }
    const before = await getRecord(userId);
    if (!before) throw notFound('User');
    if (status === 'active' && !before.passwordHash) {
      throw new DomainError('conflict', 'This account has not been activated yet');
    }
    if (before.status === status) return toUserView(before);
    const tokenGeneration = (before.tokenGeneration ?? 0) + (status === 'disabled' ? 1 : 0);
    const after: UserRecord = { ...before, status, tokenGeneration, updatedAt: new Date().toISOString(), version: before.version + 1 };
    await transact(
      ({ user, audit }) => [
        user
          .patch({ userId })
          .set({ status, tokenGeneration, updatedAt: after.updatedAt, version: after.version })
          .where((attr, { eq }) => eq(attr.version, before.version))
          .commit(),
        audit.create(auditRecord(actor, 'user', userId, status === 'disabled' ? 'disable' : 'enable', diffChanges(toUserView(before), toUserView(after)))).commit(),
      ],
      () => new DomainError('version_conflict', 'The account was changed by someone else; reload and try again'),
    );
    return toUserView(after);
  },

  ...SignIn,
  ...Sessions,
};
