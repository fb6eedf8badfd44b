import { useState } from 'react';
import type { ResetCode } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Alert } from './feedback';

/** Hours a reset code works; the API's own limit, repeated here only for the instructions. */
const RESET_CODE_HOURS = 24;

/**
 * A password reset code, returned once by the API: like an invitation, this is the one chance to pass
 * it on, so the box stays until dismissed.
 */
export function ResetCodePanel({ issued, onDone }: { issued: ResetCode; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean>();
  const link = `${window.location.origin}/reset?code=${encodeURIComponent(issued.resetCode)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.resetCode);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the code stays on screen to copy by hand.
      setCopied(false);
    }
  };

  return (
    <Alert tone="success" title={t('users.reset_code_title', { name: issued.user.name, email: issued.user.email })} focus>
      <p>{t('users.reset_code_label')}</p>
      <p className="invitation-code">
        <code data-testid="reset-code">{issued.resetCode}</code>
        <button type="button" className="button secondary small" onClick={copy}>
          {t('invite.copy')}
        </button>
      </p>
      {copied === true && <p role="status">{t('invite.copied')}</p>}
      {copied === false && <p role="status">{t('invite.copy_failed')}</p>}
      <p className="hint">
        {t('users.reset_code_link')} <code className="break">{link}</code>
      </p>
      <p className="hint">{t('users.reset_code_instructions', { hours: RESET_CODE_HOURS })}</p>
      <button type="button" className="button secondary" onClick={onDone}>
        {t('invite.done')}
      </button>
    </Alert>
  );
}
