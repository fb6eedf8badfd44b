import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireAdmin, requireRole, type Actor } from '../auth/actor.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { issueToken } from '../auth/token.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { hashEmail, hashInvitationCode, INVITATION_TTL_DAYS, newInvitationCode } from './invitation-code.ts';
import type { EntityItem } from 'electrodb';
import type { User } from './user.entity.ts';
import type { ActivateInput, CreateUserInput, LoginInput, UserView } from './users.schema.ts';

export * from './users.schema.ts';
export { ROLES, type Role } from './user.entity.ts';

/** Five wrong passwords within fifteen minutes lock the email for fifteen minutes. */
export const LOGIN_POLICY = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 } as const;

/** A stored account; `passwordHash` never leaves this module (see toUserView). */
type UserRecord = EntityItem<typeof User>;

export function toUserView(user: UserRecord): UserView {
  const { passwordHash: _secret, ...rest } = user;
  return { ...rest, isAdmin: user.isAdmin ?? false };
}

function actorOf(user: UserRecord): Actor {
  return {
    userId: user.userId,
    role: user.role,
    universityId: user.universityId,
    mentorId: user.mentorId,
    internId: user.internId,
    isAdmin: user.isAdmin ?? false,
  };
}

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
    ({ unique, user: users, invitation, audit }) => [
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
    ],
    (failed) =>
      failed.index === 0
        ? new DomainError('already_exists', 'An account with this email already exists', {
            errors: [{ path: 'email', message: 'This email already has an account' }],
          })
        : new DomainError('conflict', 'The account could not be created; try again'),
  );
  return { user: toUserView(user), invitationCode };
}

async function getRecord(userId: string): Promise<UserRecord | null> {
  const result = await db().service.entities.user.get({ userId }).go();
  return (result.data as UserRecord | null) ?? null;
}

async function findByEmail(email: string): Promise<UserRecord | null> {
  const result = await db().service.entities.user.query.byEmail({ email: email.trim().toLowerCase() }).go({ count: 1 });
  return (result.data[0] as UserRecord | undefined) ?? null;
}

async function recordFailedLogin(emailHash: string, nowSeconds: number): Promise<void> {
  const { loginAttempt } = db().service.entities;
  const result = await loginAttempt
    .upsert({ emailHash, expiresAt: nowSeconds + LOGIN_POLICY.windowSeconds })
    .add({ failures: 1 })
    .go({ response: 'all_new' });
  if ((result.data?.failures ?? 0) >= LOGIN_POLICY.maxFailures) {
    const lockedUntil = nowSeconds + LOGIN_POLICY.lockSeconds;
    await loginAttempt.patch({ emailHash }).set({ lockedUntil, expiresAt: lockedUntil, failures: 0 }).go();
  }
}

const invalidCredentials = () => new DomainError('invalid_credentials', 'The email or password is not correct');

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
    return queryPage(
      (options) => db().service.entities.user.query.all({}).go({ ...options, order: 'desc' }),
      page,
      (user) => toUserView(user as UserRecord),
    );
  },

  async listByUniversity(actor: Actor, universityId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) => db().service.entities.user.query.byUniversity({ universityId }).go(options),
      page,
      (user) => toUserView(user as UserRecord),
    );
  },

  /** Enables or disables an account. An admin cannot disable themselves and lock everyone out. */
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
    const after: UserRecord = { ...before, status, updatedAt: new Date().toISOString(), version: before.version + 1 };
    await transact(
      ({ user, audit }) => [
        user
          .patch({ userId })
          .set({ status, updatedAt: after.updatedAt, version: after.version })
          .where((attr, { eq }) => eq(attr.version, before.version))
          .commit(),
        audit.create(auditRecord(actor, 'user', userId, status === 'disabled' ? 'disable' : 'enable', diffChanges(before, after))).commit(),
      ],
      () => new DomainError('version_conflict', 'The account was changed by someone else; reload and try again'),
    );
    return toUserView(after);
  },

  /** Whether a token's subject may still act: disabled accounts lose access at once. */
  async isActive(userId: string): Promise<boolean> {
    const user = await getRecord(userId);
    return user?.status === 'active';
  },

  async login(input: LoginInput, secret: string, now = Date.now()): Promise<{ token: string; user: UserView }> {
    const nowSeconds = Math.floor(now / 1000);
    const emailHash = hashEmail(input.email);
    const attempts = await db().service.entities.loginAttempt.get({ emailHash }).go();
    const lockedUntil = attempts.data?.lockedUntil;
    if (lockedUntil && lockedUntil > nowSeconds) {
      throw new DomainError('too_many_attempts', 'Too many failed sign-in attempts; try again later', {
        retryAfterSeconds: lockedUntil - nowSeconds,
      });
    }
    const user = await findByEmail(input.email);
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user || !user.passwordHash || !matches) {
      await recordFailedLogin(emailHash, nowSeconds);
      throw invalidCredentials();
    }
    if (user.status !== 'active') {
      throw new DomainError('account_disabled', 'This account has been disabled; contact the talent office');
    }
    if (attempts.data) await db().service.entities.loginAttempt.delete({ emailHash }).go();
    return { token: issueToken(actorOf(user), secret, now), user: toUserView(user) };
  },

  /** Turns a one-time code into an active account with the chosen password, and signs the person in. */
  async activate(input: ActivateInput, secret: string): Promise<{ token: string; user: UserView }> {
    const codeHash = hashInvitationCode(input.code);
    const nowSeconds = Math.floor(Date.now() / 1000);
    const invitation = (await db().service.entities.invitation.get({ codeHash }).go()).data;
    const invalid = () => new DomainError('invalid_invitation', 'This invitation code is not valid or has expired');
    if (!invitation || invitation.usedAt || invitation.expiresAt <= nowSeconds) throw invalid();
    const before = await getRecord(invitation.userId);
    if (!before || before.status !== 'invited') throw invalid();
    const passwordHash = await hashPassword(input.password);
    const at = new Date().toISOString();
    const after: UserRecord = { ...before, status: 'active', passwordHash, updatedAt: at, version: before.version + 1 };
    const self = actorOf(after);
    await transact(
      ({ invitation: invitations, user, audit }) => [
        invitations
          .patch({ codeHash })
          .set({ usedAt: at })
          .where((attr, { notExists }) => notExists(attr.usedAt))
          .commit(),
        user
          .patch({ userId: before.userId })
          .set({ status: 'active', passwordHash, updatedAt: at, version: after.version })
          .where((attr, { eq }) => eq(attr.status, 'invited'))
          .commit(),
        audit.create(auditRecord(self, 'user', before.userId, 'activate', diffChanges(before, after))).commit(),
      ],
      invalid,
    );
    return { token: issueToken(self, secret), user: toUserView(after) };
  },
};
