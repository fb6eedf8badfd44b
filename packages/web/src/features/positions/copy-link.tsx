import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A link shown in words, with a button that copies it; where copying is refused, it stays on screen to select. */
export function CopyLink({ url }: { url: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="copy-link">
      <p>
        <span className="muted">{t('jobs.link')}</span>{' '}
        <a className="notice-link break" href={url}>
          {url}
        </a>
      </p>
      <button type="button" className="button secondary" onClick={copy}>
        {t('jobs.copy_link')}
      </button>
      {copied === true && <p role="status">{t('jobs.copied')}</p>}
      {copied === false && <p role="status">{t('jobs.copy_failed')}</p>}
    </div>
  );
}
