import { domainEvent, type DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { notify } from '../notifications/notify.ts';
import { decryptField, encryptField } from '../personal/vault.ts';
import { INVITATION_TTL_DAYS } from './invitation-code.ts';
import { getRecord } from './records.ts';

/**
 * Account codes by email. The event is written in the transaction that issues the code and carries
 * the code sealed with the vault key, never in plain: the outbox item sits in the table and passes
 * through the stream. The copy-the-code panel stays, for a mail that does not arrive.
 */
export const ACCOUNT_INVITED = 'account.invited';
export const ACCOUNT_RESET_CODE_ISSUED = 'account.reset-code-issued';

interface CodePayload extends Record<string, unknown> {
  userId: string;
  sealedCode: string;
  validFor: number;
}

export const accountInvited = (userId: string, code: string, occurredAt?: string) =>
  domainEvent<CodePayload>(
    ACCOUNT_INVITED,
    { userId, sealedCode: encryptField(code), validFor: INVITATION_TTL_DAYS },
    occurredAt,
  );

export const resetCodeIssued = (userId: string, code: string, validForHours: number, occurredAt?: string) =>
  domainEvent<CodePayload>(
    ACCOUNT_RESET_CODE_ISSUED,
    { userId, sealedCode: encryptField(code), validFor: validForHours },
    occurredAt,
  );

/**
 * Mails the code to the account's address as it is now. An invited person cannot sign in yet, so
 * the invitation goes by email only; a reset code also lands in the centre of a signed-in user.
 */
async function mailCode(event: DomainEvent, kind: 'account.invitation' | 'account.reset-code'): Promise<void> {
  const payload = event.payload as CodePayload;
  const user = await getRecord(payload.userId);
  if (!user) return;
  await notify({
    key: event.eventId,
    kind,
    recipient: {
      key: `user:${user.userId}`,
      email: user.email,
      name: user.name,
      ...(kind === 'account.reset-code' ? { userId: user.userId } : {}),
    },
    data: { code: decryptField(payload.sealedCode), validFor: payload.validFor, name: user.name },
  });
}

export const ACCOUNT_HANDLERS: Record<string, EventHandler[]> = {
  [ACCOUNT_INVITED]: [{ name: 'users.mail-invitation', run: (event) => mailCode(event, 'account.invitation') }],
  [ACCOUNT_RESET_CODE_ISSUED]: [
    { name: 'users.mail-reset-code', run: (event) => mailCode(event, 'account.reset-code') },
  ],
};
