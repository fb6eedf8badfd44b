/** Getting back to one's registration without the check-in link: a mailed one-time code traded for an access token. */
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError } from '../errors.ts';
import { domainEvent, outboxOp } from '../outbox/events.ts';
import { encryptField } from '../personal/vault.ts';
import { RecoveryRequestInput, RecoveryVerifyInput } from './my-registration.schema.ts';
import { eventOf, ownerOf } from './my-registration-access.ts';
import { hitRateLimit, RATE_LIMITS, takeFromWindow } from './rate-limit.ts';
import { issueAccessToken, newRecoveryCode, recoveryCodeHash, sameHash } from './tokens.ts';

/** A recovery code is good for this long, for this many wrong tries, and once. */
export const RECOVERY_CODE_MINUTES = 15;
export const RECOVERY_CODE_ATTEMPTS = 5;
/** Codes mailed to one registration per quarter hour; more requests are answered alike and send nothing. */
const CODES_PER_REGISTRATION = 3;

const invalidCode = () =>
  new DomainError('invalid_code', 'This code is not valid or has expired', {
    errors: [{ path: 'code', message: 'Not valid or expired', code: 'invalid_code' }],
  });

export const Recovery = {
  /**
   * Mails a one-time code to the registration holding this email or phone. Answers alike whether or
   * not anyone is registered, and is counted by the registration rate limits per client and event
   * (the client's window shared with sign-ups, the event's a window of its own).
   */
  async requestRecovery(eventId: string, input: RecoveryRequestInput, client: string): Promise<void> {
    const fields = RecoveryRequestInput.parse(input);
    const limits = RATE_LIMITS();
    await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
    await hitRateLimit(`event#${eventId}`, limits.perEventPerMinute);
    await eventOf(eventId);
    const registrationId = await ownerOf(eventId, fields);
    if (!registrationId) return;
    try {
      await takeFromWindow({
        key: `recovery#${registrationId}`,
        limit: CODES_PER_REGISTRATION,
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
        entities.recoveryCode
          .put({
            registrationId,
            eventId,
            codeHash: recoveryCodeHash(registrationId, code),
            attempts: 0,
            validUntil,
            createdAt: new Date(now).toISOString(),
            expiresAt: validUntil + 3600,
          })
          .commit(),
        // The code travels to the mail handler sealed, never in plain text in the table or its stream.
        outboxOp(
          entities,
          domainEvent('registration.recovery-requested', { eventId, registrationId, sealedCode: encryptField(code) }),
        ),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
  },

  /**
   * Trades a mailed code for a short-lived access token. Each try is counted on the code before it
   * is compared, so parallel guesses cannot exceed the allowance; a right code is used up by a
   * conditional write, so it works once.
   */
  async verifyRecovery(eventId: string, input: RecoveryVerifyInput, client: string, now = Date.now()) {
    const fields = RecoveryVerifyInput.parse(input);
    await hitRateLimit(`client#${client}`, RATE_LIMITS().perClientPerMinute);
    const registrationId = await ownerOf(eventId, fields);
    if (!registrationId) throw invalidCode();
    const { recoveryCode } = db().service.entities;
    const item = (await recoveryCode.get({ registrationId }).go({ consistent: true })).data;
    if (
      !item ||
      item.eventId !== eventId ||
      item.usedAt ||
      item.validUntil * 1000 <= now ||
      item.attempts >= RECOVERY_CODE_ATTEMPTS
    )
      throw invalidCode();
    try {
      await recoveryCode
        .patch({ registrationId })
        .add({ attempts: 1 })
        .where(
          (a, { eq, lt, notExists }) =>
            `${lt(a.attempts, RECOVERY_CODE_ATTEMPTS)} AND ${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`,
        )
        .go();
      if (!sameHash(recoveryCodeHash(registrationId, fields.code), item.codeHash)) throw invalidCode();
      await recoveryCode
        .patch({ registrationId })
        .set({ usedAt: new Date(now).toISOString() })
        .where((a, { eq, notExists }) => `${notExists(a.usedAt)} AND ${eq(a.codeHash, item.codeHash)}`)
        .go();
    } catch (error) {
      if (isConditionFailure(error)) throw invalidCode();
      throw error;
    }
    return issueAccessToken(eventId, registrationId, now);
  },
};
