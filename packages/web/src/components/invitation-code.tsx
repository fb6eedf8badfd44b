import { useState } from 'react';
import type { InvitedUser } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Alert } from './feedback';

/**
 * The one-time code of a new account. The API returns it only in the invitation response, so this
 * is the one chance to pass it on; the box stays until dismissed.
 */
export function InvitationCode({ invited, onDone }: { invited: InvitedUser; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean>();
  const link = `${window.location.origin}/activate?code=${encodeURIComponent(invited.invitationCode)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invited.invitationCode);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the code stays on screen to copy by hand.
      setCopied(false);
    }
  };

  return (
    <Alert tone="success" title={t('invite.created', { name: invited.user.name, email: invited.user.email })} focus>
      <p>{t('invite.code_label')}</p>
      <p className="invitation-code">
        <code data-testid="invitation-code">{invited.invitationCode}</code>
        <button type="button" className="button secondary small" onClick={copy}>
          {t('invite.copy')}
        </button>
      </p>
      {copied === true && <p role="status">{t('invite.copied')}</p>}
      {copied === false && <p role="status">{t('invite.copy_failed')}</p>}
      <p className="hint">
        {t('invite.link_label')} <code className="break">{link}</code>
      </p>
      <p className="hint">{t('invite.instructions', { days: 14 })}</p>
      <button type="button" className="button secondary" onClick={onDone}>
        {t('invite.done')}
      </button>
    </Alert>
  );
}
