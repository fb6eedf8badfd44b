import { auditRecord } from '../audit/changes.ts';
import { requireAdmin, type Actor } from '../auth/actor.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { hashInvitationCode, newInvitationCode } from './invitation-code.ts';
import { resetCodeIssued } from './account-mail.ts';
import { outboxOp } from '../outbox/events.ts';
import { clearLoginLock, clearLoginLockItem, takeLoginAttempt } from './login-lock.ts';
import { accountChangeAudit, getRecord, sessionOf, toUserView, type UserRecord } from './records.ts';
import { sessionState } from './session-state.ts';
import { refuseEmailPassword } from './sign-in.ts';
import type { ChangePasswordInput, ResetCodeView, UserView } from './users.schema.ts';

/** A reset code is handed over in person or by phone the same day; a day is enough and limits a leaked one. */
export const RESET_CODE_TTL_HOURS = 24;

const staleAccount = () =>
  new DomainError('version_conflict', 'The account was changed by someone else; reload and try again');

async function existingRecord(userId: string): Promise<UserRecord> {
  const user = await getRecord(userId);
  if (!user) throw notFound('User');
  return user;
}

export const Sessions = {
  sessionState,

  /**
   * The signed-in person sets a new password, proving the current one. The check counts toward the
   * email's sign-in lock, so a stolen token cannot be used to guess the password faster than the
   * sign-in page allows. Every other token stops working; the answer carries a fresh one.
   */
  async changePassword(
    actor: Actor,
    input: ChangePasswordInput,
    secret: string,
  ): Promise<{ token: string; user: UserView }> {
    const before = await existingRecord(actor.userId);
    await takeLoginAttempt(before.email, Math.floor(Date.now() / 1000));
    if (!before.passwordHash || !(await verifyPassword(input.currentPassword, before.passwordHash))) {
      throw new DomainError('validation_failed', 'The current password is not correct', {
        errors: [
          { path: 'currentPassword', message: 'The current password is not correct', code: 'current_password_wrong' },
        ],
      });
    }
    await clearLoginLock(before.email);
    refuseEmailPassword(input.newPassword, before.email, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const at = new Date().toISOString();
    const tokenGeneration = (before.tokenGeneration ?? 0) + 1;
    const after: UserRecord = { ...before, passwordHash, tokenGeneration, updatedAt: at, version: before.version + 1 };
    await transact(
      ({ user, audit }) => [
        user
          .patch({ userId: before.userId })
          .set({ passwordHash, tokenGeneration, updatedAt: at, version: after.version })
          .where((attr, { eq }) => `${eq(attr.version, before.version)} AND ${eq(attr.status, 'active')}`)
          .commit(),
        audit.create(accountChangeAudit(actor, 'change_password', before, after)).commit(),
      ],
      staleAccount,
    );
    return sessionOf(after, secret);
  },

  /** Ends every session of the signed-in account, this one included: a lost phone stops working. */
  async signOutEverywhere(actor: Actor): Promise<void> {
    const at = new Date().toISOString();
    await transact(
      ({ user, audit }) => [
        user
          .patch({ userId: actor.userId })
          .add({ tokenGeneration: 1 })
          .set({ updatedAt: at })
          .where((attr, { exists }) => exists(attr.userId))
          .commit(),
        audit.create(auditRecord(actor, 'user', actor.userId, 'sign_out_everywhere', {}, at)).commit(),
      ],
      () => notFound('User'),
    );
  },

  /**
   * An admin issues a one-time code with which the person sets a new password (for a forgotten one),
   * shown once like an invitation. Only the latest code works: the account keeps the hash of the one
   * issued last. Invited accounts use their invitation instead, and disabled ones are enabled first.
   */
  async issueResetCode(actor: Actor, userId: string): Promise<ResetCodeView> {
    requireAdmin(actor);
    const before = await existingRecord(userId);
    if (before.status !== 'active') {
      throw new DomainError(
        'conflict',
        before.status === 'invited'
          ? 'This account has not been activated yet; use its invitation'
          : 'Enable the account first',
      );
    }
    const resetCode = newInvitationCode();
    const codeHash = hashInvitationCode(resetCode);
    const now = new Date();
    const at = now.toISOString();
    const expiresAt = Math.floor(now.getTime() / 1000) + RESET_CODE_TTL_HOURS * 3600;
    const after: UserRecord = { ...before, resetCodeHash: codeHash, updatedAt: at, version: before.version + 1 };
    await transact(
      ({ invitation, user, audit, outboxEvent }) => [
        invitation.create({ codeHash, userId, purpose: 'reset', createdAt: at, expiresAt }).commit(),
        user
          .patch({ userId })
          .set({ resetCodeHash: codeHash, updatedAt: at, version: after.version })
          .where((attr, { eq }) => `${eq(attr.version, before.version)} AND ${eq(attr.status, 'active')}`)
          .commit(),
        audit.create(auditRecord(actor, 'user', userId, 'issue_reset_code', {}, at)).commit(),
        outboxOp({ outboxEvent }, resetCodeIssued(userId, resetCode, RESET_CODE_TTL_HOURS, at)),
      ],
      (failed) => (failed.index === 0 ? new DomainError('conflict', 'Try again') : staleAccount()),
    );
    return { user: toUserView(after), resetCode, expiresAt: new Date(expiresAt * 1000).toISOString() };
  },

  /** An admin lifts the sign-in lock of an account at once, for someone locked out by another's guesses. */
  async unlock(actor: Actor, userId: string): Promise<UserView> {
    requireAdmin(actor);
    const user = await existingRecord(userId);
    await transact(
      ({ loginAttempt, audit }) => [
        loginAttempt.delete(clearLoginLockItem(user.email)).commit(),
        audit.create(auditRecord(actor, 'user', userId, 'unlock', {})).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return toUserView(user);
  },
};
