/**
 * One-time recovery codes, mailed to reopen something a person made without an account ("my
 * registration", "my application"): a code per owner (a new request replaces the old one), stored as
 * a keyed hash, good for 15 minutes, 5 tries and one use, and traded for a short-lived access token
 * scoped to the owner's event or position. Callers find the owner and count their own rate limits.
 */
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { type DomainEvent, outboxOp } from '../outbox/events.ts';
import { encryptField } from '../personal/vault.ts';
import { takeFromWindow } from './rate-limit.ts';
import { issueAccessToken, newRecoveryCode, recoveryCodeHash, sameHash } from './tokens.ts';

/** A recovery code is good for this long, for this many wrong tries, and once. */
export const RECOVERY_CODE_MINUTES = 15;
export const RECOVERY_CODE_ATTEMPTS = 5;
/** Codes mailed to one owner per quarter hour; more requests are answered alike and send nothing. */
const CODES_PER_OWNER = 3;

export const invalidCode = () =>
  new DomainError('invalid_code', 'This code is not valid or has expired', {
    errors: [{ path: 'code', message: 'Not valid or expired', code: 'invalid_code' }],
  });

/**
 * Stores a new code for `ownerId` within `scopeId` and records the event whose handler mails it; the
 * code travels to the handler sealed (`mailEvent` receives it so), never in plain text in the table
 * or its stream. Past the owner's allowance nothing is sent, and nothing tells the caller.
 */
export async function sendRecoveryCode(
  scopeId: string,
  ownerId: string,
  mailEvent: (sealedCode: string) => DomainEvent,
): Promise<void> {
  try {
    await takeFromWindow({
      key: `recovery#${ownerId}`,
      limit: CODES_PER_OWNER,
      windowSeconds: RECOVERY_CODE_MINUTES * 60,
      refusal: 'Too many codes',
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'rate_limited') return;
    throw error;
  }
  const code = newRecoveryCode();
  const now = Date.now();
  const validUntil = Math.floor(now / 1000) + RECOVERY_CODE_MINUTES * 60;
  await transact(
    (entities) => [
      // The item's key names a registration; an application's id fills it alike (ids never collide).
      entities.recoveryCode
        .put({
          registrationId: ownerId,
          eventId: scopeId,
          codeHash: recoveryCodeHash(ownerId, code),
          attempts: 0,
          validUntil,
          createdAt: new Date(now).toISOString(),
          expiresAt: validUntil + 3600,
        })
        .commit(),
      outboxOp(entities, mailEvent(encryptField(code))),
    ],
    () => new DomainError('conflict', 'Try again'),
  );
}

/**
 * Trades a mailed code for a short-lived access token. Each try is counted on the code before it
 * is compared, so parallel guesses cannot exceed the allowance; a right code is used up by a
 * conditional write, so it works once.
 */
export async function redeemRecoveryCode(
  scopeId: string,
  ownerId: string | undefined,
  code: string,
  now = Date.now(),
): Promise<{ accessToken: string; expiresAt: string }> {
  if (!ownerId) throw invalidCode();
  const { recoveryCode } = db().service.entities;
  const item = (await recoveryCode.get({ registrationId: ownerId }).go({ consistent: true })).data;
  if (
    !item ||
    item.eventId !== scopeId ||
    item.usedAt ||
    item.validUntil * 1000 <= now ||
    item.attempts >= RECOVERY_CODE_ATTEMPTS
  )
    throw invalidCode();
  try {
    await recoveryCode
      .patch({ registrationId: ownerId })
      .add({ attempts: 1 })
      .where(
        (a, { eq, lt, notExists }) =>
          `${lt(a.attempts, RECOVERY_CODE_ATTEMPTS)} AND ${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`,
      )
      .go();
    if (!sameHash(recoveryCodeHash(ownerId, code), item.codeHash)) throw invalidCode();
    await recoveryCode
      .patch({ registrationId: ownerId })
      .set({ usedAt: new Date(now).toISOString() })
      .where((a, { eq, notExists }) => `${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`)
      .go();
  } catch (error) {
    if (isConditionFailure(error)) throw invalidCode();
    throw error;
  }
  return issueAccessToken(scopeId, ownerId, now);
}
