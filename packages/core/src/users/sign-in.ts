import { SIGN_IN_LIMITS, takeAttempt } from '../auth/attempt-limits.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { isEmailPassword, PASSWORD_MESSAGES } from '../auth/password-policy.ts';
import { db, type AppService } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { hashInvitationCode } from './invitation-code.ts';
import { clearLoginLock, clearLoginLockItem, takeLoginAttempt } from './login-lock.ts';
import { accountChangeAudit, actorOf, findByEmail, getRecord, sessionOf, type UserRecord } from './records.ts';
import type { ActivateInput, LoginInput, ResetPasswordInput, UserView } from './users.schema.ts';

/**
 * Where a public attempt comes from: the client address its limits count against. Calls from inside
 * the system (seed, scripts) give none and are not throttled; every HTTP route gives one.
 */
export interface AttemptSource {
  client?: string;
  now?: number;
}

const invalidCredentials = () => new DomainError('invalid_credentials', 'The email or password is not correct');
const invalidCode = () => new DomainError('invalid_invitation', 'This code is not valid or has expired');

type TransactionEntities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

/** Marks a one-time code used, on condition that it was not: the guard against two uses at once. */
function useUpCode(invitation: TransactionEntities['invitation'], codeHash: string, at: string) {
  return invitation
    .patch({ codeHash })
    .set({ usedAt: at })
    .where((attr, { notExists }) => notExists(attr.usedAt))
    .commit();
}

/** The password rule that needs the account: refused with the same field error shape as the schema's rules. */
export function refuseEmailPassword(password: string, email: string, path: string): void {
  if (isEmailPassword(password, email)) {
    throw new DomainError('validation_failed', 'The password is too easy to guess', {
      errors: [{ path, message: PASSWORD_MESSAGES.email, code: 'password_is_email' }],
    });
  }
}

/**
 * Runs a one-time code check counted against the client's and everyone's allowance of wrong codes,
 * taken before the check so a burst cannot outrun it. A right code gives its places back; a wrong
 * one (`invalid_invitation`) keeps them.
 */
async function countedCodeAttempt<T>(source: AttemptSource, check: () => Promise<T>): Promise<T> {
  if (!source.client) return check();
  const limits = SIGN_IN_LIMITS();
  const now = source.now ?? Date.now();
  const perClient = await takeAttempt(`code-client#${source.client}`, limits.codesPerClient, now);
  let overall: Awaited<ReturnType<typeof takeAttempt>>;
  try {
    overall = await takeAttempt('code-overall', limits.codesOverall, now);
  } catch (error) {
    await perClient.giveBack();
    throw error;
  }
  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof DomainError && error.code === 'invalid_invitation'))
      await Promise.all([perClient.giveBack(), overall.giveBack()]);
    throw error;
  }
  await Promise.all([perClient.giveBack(), overall.giveBack()]);
  return result;
}

export const SignIn = {
  /**
   * Email and password. The client's allowance and the email's count are both taken before the
   * password is checked; a success gives them back, so only wrong passwords use them up.
   */
  async login(
    input: LoginInput,
    secret: string,
    source: AttemptSource = {},
  ): Promise<{ token: string; user: UserView }> {
    const now = source.now ?? Date.now();
    const perClient = source.client
      ? await takeAttempt(`login-client#${source.client}`, SIGN_IN_LIMITS().loginPerClient, now)
      : undefined;
    try {
      await takeLoginAttempt(input.email, Math.floor(now / 1000));
    } catch (error) {
      await perClient?.giveBack();
      throw error;
    }
    const user = await findByEmail(input.email);
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
    if (!user?.passwordHash || !matches) throw invalidCredentials();
    await Promise.all([clearLoginLock(input.email), perClient?.giveBack()]);
    if (user.status !== 'active') {
      throw new DomainError('account_disabled', 'This account has been disabled; contact the talent office');
    }
    return sessionOf(user, secret, now);
  },

  /** Turns a one-time invitation into an active account with the chosen password, and signs the person in. */
  async activate(input: ActivateInput, secret: string, source: AttemptSource = {}) {
    return countedCodeAttempt(source, async () => {
      const codeHash = hashInvitationCode(input.code);
      const nowSeconds = Math.floor(Date.now() / 1000);
      const invitation = (await db().service.entities.invitation.get({ codeHash }).go()).data;
      if (!invitation || invitation.purpose === 'reset' || invitation.usedAt || invitation.expiresAt <= nowSeconds)
        throw invalidCode();
      const before = await getRecord(invitation.userId);
      if (before?.status !== 'invited') throw invalidCode();
      refuseEmailPassword(input.password, before.email, 'password');
      const passwordHash = await hashPassword(input.password);
      const at = new Date().toISOString();
      const after: UserRecord = {
        ...before,
        status: 'active',
        passwordHash,
        updatedAt: at,
        version: before.version + 1,
      };
      const self = actorOf(after);
      await transact(
        ({ invitation, user, audit }) => [
          useUpCode(invitation, codeHash, at),
          user
            .patch({ userId: before.userId })
            .set({ status: 'active', passwordHash, updatedAt: at, version: after.version })
            .where((attr, { eq }) => eq(attr.status, 'invited'))
            .commit(),
          audit.create(accountChangeAudit(self, 'activate', before, after)).commit(),
        ],
        invalidCode,
      );
      return sessionOf(after, secret);
    });
  },

  /**
   * Sets a new password with a reset code an admin issued. Every earlier token stops working, the
   * email's sign-in lock is lifted, and the code is used up, all in one transaction.
   */
  async resetPassword(input: ResetPasswordInput, secret: string, source: AttemptSource = {}) {
    return countedCodeAttempt(source, async () => {
      const codeHash = hashInvitationCode(input.code);
      const nowSeconds = Math.floor(Date.now() / 1000);
      const code = (await db().service.entities.invitation.get({ codeHash }).go()).data;
      if (code?.purpose !== 'reset' || code.usedAt || code.expiresAt <= nowSeconds) throw invalidCode();
      const before = await getRecord(code.userId);
      if (before?.status !== 'active' || before.resetCodeHash !== codeHash) throw invalidCode();
      refuseEmailPassword(input.password, before.email, 'password');
      const passwordHash = await hashPassword(input.password);
      const at = new Date().toISOString();
      const tokenGeneration = (before.tokenGeneration ?? 0) + 1;
      const after: UserRecord = {
        ...before,
        passwordHash,
        tokenGeneration,
        resetCodeHash: undefined,
        updatedAt: at,
        version: before.version + 1,
      };
      await transact(
        ({ invitation, user, loginAttempt, audit }) => [
          useUpCode(invitation, codeHash, at),
          user
            .patch({ userId: before.userId })
            .set({ passwordHash, tokenGeneration, updatedAt: at, version: after.version })
            .remove(['resetCodeHash'])
            .where(
              (attr, { eq }) =>
                `${eq(attr.version, before.version)} AND ${eq(attr.resetCodeHash, codeHash)} ` +
                `AND ${eq(attr.status, 'active')}`,
            )
            .commit(),
          loginAttempt.delete(clearLoginLockItem(before.email)).commit(),
          audit.create(accountChangeAudit(actorOf(after), 'reset_password', before, after)).commit(),
        ],
        invalidCode,
      );
      return sessionOf(after, secret);
    });
  },
};
