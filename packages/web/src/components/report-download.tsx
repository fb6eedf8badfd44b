import { useState } from 'react';
import { getToken } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Alert } from './feedback';

/**
 * The Excel export needs the bearer token, which a plain link cannot send, so it is fetched as a
 * blob and handed to the browser as a download.
 */
export function ReportDownload({ tripId, title }: { tripId: string; title: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const token = getToken();
      const response = await fetch(`${import.meta.env.VITE_API_URL ?? ''}/v1/trips/${tripId}/report.xlsx`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) {
        setFailure(t(response.status === 404 ? 'report.xlsx_unavailable' : 'report.xlsx_failed'));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${title}.xlsx`;
      link.click();
      // Revoked on the next tick: the click has started the download by then.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setFailure(t('error.network_error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button secondary" onClick={download} disabled={busy}>
        {busy ? t('report.downloading') : t('report.download')}
      </button>
      {failure && <Alert tone="error">{failure}</Alert>}
    </>
  );
}
