/** Mail to applicants, sent from outbox events by the stream worker. */
import { Notifications } from '../notifications/index.ts';
import { addressRecipient } from '../notifications/recipients.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { decryptField } from '../personal/vault.ts';
import { getStoredPosition, unitNameOf } from '../positions/positions.ts';
import { RECOVERY_CODE_MINUTES } from '../events/recovery-codes.ts';
import { APPLICATION_RECOVERY_REQUESTED } from './application-events.ts';
import { getApplication } from './records.ts';

/** What applicant templates receive. */
export interface ApplicantMailData {
  name: string;
  positionTitle: string;
  unitName: string;
  /** Path of "my application" on the public site. */
  myPath: string;
  code: string;
  validMinutes: number;
}

const payloadOf = (event: DomainEvent) =>
  event.payload as { positionId: string; applicationId: string; sealedCode?: string };

export const APPLICANT_HANDLERS: Record<string, EventHandler[]> = {
  [APPLICATION_RECOVERY_REQUESTED]: [
    {
      name: 'applicant.recovery-code',
      async run(event) {
        const { positionId, applicationId, sealedCode } = payloadOf(event);
        const [application, position] = await Promise.all([
          getApplication(applicationId),
          getStoredPosition(positionId),
        ]);
        if (!application || !position || !sealedCode) return;
        const data: ApplicantMailData = {
          name: application.name,
          positionTitle: position.title,
          unitName: await unitNameOf(position),
          myPath: `/positions/${positionId}/my`,
          code: decryptField(sealedCode),
          validMinutes: RECOVERY_CODE_MINUTES,
        };
        await Notifications.notify({
          key: event.eventId,
          kind: 'applicant.recovery-code',
          recipient: addressRecipient(application.email, {
            name: application.name,
            ...(application.locale ? { locale: application.locale } : {}),
          }),
          data,
        });
      },
    },
  ],
};
