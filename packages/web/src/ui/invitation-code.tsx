import { useState, type ReactNode } from 'react';
import type { InvitedUser } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Alert } from './feedback';

interface OneTimeCodeProps {
  /** The code itself, shown and copied as it is. */
  code: string;
  /** The page that takes the code (`/activate`, `/reset`); the link carries the code to it. */
  path: string;
  /** The test id of the code on screen. */
  testId: string;
  title: string;
  label: ReactNode;
  linkLabel: ReactNode;
  /** How long the code works and what the person does with it. */
  instructions: ReactNode;
  onDone(): void;
}

/**
 * A one-time code the API returns once (an invitation, a password reset): this is the one chance to
 * pass it on, so the box stays until dismissed.
 */
export function OneTimeCode({ code, path, testId, title, label, linkLabel, instructions, onDone }: OneTimeCodeProps) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean>();
  const link = `${window.location.origin}${path}?code=${encodeURIComponent(code)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (permissions, insecure origin); the code stays on screen to copy by hand.
      setCopied(false);
    }
  };

  return (
    <Alert tone="success" title={title} focus>
      <p>{label}</p>
      <p className="invitation-code">
        <code data-testid={testId}>{code}</code>
        <button type="button" className="button secondary small" onClick={copy}>
          {t('invite.copy')}
        </button>
      </p>
      {copied === true && <p role="status">{t('invite.copied')}</p>}
      {copied === false && <p role="status">{t('invite.copy_failed')}</p>}
      <p className="hint">
        {linkLabel} <code className="break">{link}</code>
      </p>
      <p className="hint">{instructions}</p>
      <button type="button" className="button secondary" onClick={onDone}>
        {t('invite.done')}
      </button>
    </Alert>
  );
}

/** The one-time code of a new account; the API returns it only in the invitation response. */
export function InvitationCode({ invited, onDone }: { invited: InvitedUser; onDone(): void }) {
  const { t } = useI18n();
  return (
    <OneTimeCode
      code={invited.invitationCode}
      path="/activate"
      testId="invitation-code"
      title={t('invite.created', { name: invited.user.name, email: invited.user.email })}
      label={t('invite.code_label')}
      linkLabel={t('invite.link_label')}
      instructions={t('invite.instructions', { days: 14 })}
      onDone={onDone}
    />
  );
}
