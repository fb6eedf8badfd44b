import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Alert } from '../../ui/feedback';

export interface IssuedCode {
  name: string;
  code: string;
}

/**
 * The one-time activation codes of students just accepted. The API returns them only in the
 * decision's response, so they stay on screen until the organiser says they are saved.
 */
export function InvitationCodes({ codes, onDone }: { codes: IssuedCode[]; onDone(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean>();
  const text = codes.map((c) => `${c.name}\t${c.code}`).join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the codes stay on screen to copy by hand.
      setCopied(false);
    }
  };
  return (
    <Alert tone="success" title={t('review.codes_title')} focus>
      <p>{t('review.codes_intro')}</p>
      <ul className="code-list">
        {codes.map((c) => (
          <li key={c.code}>
            {t('review.code_for', { name: c.name })}：<code data-testid="intern-invitation-code">{c.code}</code>
          </li>
        ))}
      </ul>
      <div className="actions-row">
        <button type="button" className="button secondary small" onClick={copy}>
          {t('review.copy_codes')}
        </button>
        <button type="button" className="button secondary small" onClick={onDone}>
          {t('review.dismiss')}
        </button>
      </div>
      {copied === true && <p role="status">{t('review.copied')}</p>}
    </Alert>
  );
}
