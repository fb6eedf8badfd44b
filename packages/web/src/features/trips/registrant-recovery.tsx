/** Finding one's registration without the mailed link: a code sent to the registration email, traded for access. */
import { api, unwrap } from '../../api/client';
import type { Translate } from '../../i18n/i18n';
import { MailedCodeRecovery } from '../../ui/mailed-code-recovery';

export type Access = { token: string } | { accessToken: string };

/** The recovery access token lives only in this tab: closing it ends the access. */
export const storageKey = (eventId: string) => `aksu.registrant.${eventId}`;

export function Recovery({
  eventId,
  onAccess,
  t,
}: {
  eventId: string;
  onAccess: (access: Access) => void;
  t: Translate;
}) {
  const path = { params: { path: { eventId } } };
  return (
    <MailedCodeRecovery
      words={{
        title: t('registrant.recover.title'),
        intro: t('registrant.recover.intro'),
        contact: t('registrant.recover.contact'),
        send: t('registrant.recover.send'),
        sent: t('registrant.recover.sent'),
        code: t('registrant.recover.code'),
        verify: t('registrant.recover.verify'),
        invalid: t('registrant.recover.invalid'),
      }}
      send={(contact) => unwrap(api.POST('/v1/public/events/{eventId}/recovery', { ...path, body: contact }))}
      verify={async (contact, code) => {
        const { accessToken } = await unwrap(
          api.POST('/v1/public/events/{eventId}/recovery/verify', { ...path, body: { ...contact, code } }),
        );
        sessionStorage.setItem(storageKey(eventId), accessToken);
        onAccess({ accessToken });
      }}
    />
  );
}
