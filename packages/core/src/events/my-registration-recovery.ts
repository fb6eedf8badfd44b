/** Getting back to one's registration without the check-in link: a mailed one-time code traded for an access token. */
import { domainEvent } from '../outbox/events.ts';
import { RecoveryRequestInput, RecoveryVerifyInput } from './my-registration.schema.ts';
import { eventOf, ownerOf } from './my-registration-access.ts';
import { hitRateLimit, RATE_LIMITS } from './rate-limit.ts';
import { redeemRecoveryCode, sendRecoveryCode } from './recovery-codes.ts';

export { RECOVERY_CODE_ATTEMPTS, RECOVERY_CODE_MINUTES } from './recovery-codes.ts';

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
    await sendRecoveryCode(eventId, registrationId, (sealedCode) =>
      domainEvent('registration.recovery-requested', { eventId, registrationId, sealedCode }),
    );
  },

  /** Trades a mailed code for a short-lived access token (see recovery-codes.ts). */
  async verifyRecovery(eventId: string, input: RecoveryVerifyInput, client: string, now = Date.now()) {
    const fields = RecoveryVerifyInput.parse(input);
    await hitRateLimit(`client#${client}`, RATE_LIMITS().perClientPerMinute);
    return redeemRecoveryCode(eventId, await ownerOf(eventId, fields), fields.code, now);
  },
};
