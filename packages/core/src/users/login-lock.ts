import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { hashEmail } from './invitation-code.ts';

/**
 * Five sign-in attempts for one email that do not end in success, each within fifteen minutes of the
 * last, lock the email until fifteen minutes after the last one. The lock ends on its own; an admin
 * can lift it sooner, and a password reset lifts it too.
 */
export const LOGIN_POLICY = { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 } as const;

/**
 * Counts an attempt for `email` before its password is checked, or refuses it with 429 while the email
 * is locked. Counting first, with a condition on the count, is what keeps a burst of guesses sent
 * together to at most `maxFailures` checked: each takes a place or is refused, none reads a stale count.
 * A success calls `clearLoginLock`, so only attempts that failed stay counted.
 */
export async function takeLoginAttempt(email: string, nowSeconds: number): Promise<void> {
  const emailHash = hashEmail(email);
  const { loginAttempt } = db().service.entities;
  const expiresAt = nowSeconds + LOGIN_POLICY.windowSeconds;
  const maxFailures: number = LOGIN_POLICY.maxFailures;
  // Twice at most: a success may delete the count between the two writes below.
  for (let round = 0; round < 2; round++) {
    try {
      // A new count when there is none or the last one has run out.
      await loginAttempt
        .put({ emailHash, failures: 1, expiresAt })
        .where((a, { notExists, lte }) => `${notExists(a.emailHash)} OR ${lte(a.expiresAt, nowSeconds)}`)
        .go();
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    try {
      await loginAttempt
        .update({ emailHash })
        .add({ failures: 1 })
        .set({ expiresAt })
        .where((a, { lt, gt }) => `${lt(a.failures, maxFailures)} AND ${gt(a.expiresAt, nowSeconds)}`)
        .go();
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const current = (await loginAttempt.get({ emailHash }).go()).data;
    if (current && current.expiresAt > nowSeconds && current.failures >= LOGIN_POLICY.maxFailures) {
      throw new DomainError('too_many_attempts', 'Too many failed sign-in attempts; try again later', {
        retryAfterSeconds: current.expiresAt - nowSeconds,
      });
    }
  }
  throw new DomainError('conflict', 'Sign-in was busy; try again');
}

/** Forgets the attempts counted for `email`: after a success, a reset or an admin's unlock. */
export async function clearLoginLock(email: string): Promise<void> {
  await db()
    .service.entities.loginAttempt.delete({ emailHash: hashEmail(email) })
    .go();
}

/** The delete that lifts the lock, for a transaction that changes the account at the same time. */
export function clearLoginLockItem(email: string) {
  return { emailHash: hashEmail(email) };
}
