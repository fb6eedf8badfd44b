import { useState } from 'react';
import { unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { problemText } from '../lib/problem-text';
import { Alert } from './feedback';

type BlobResult = Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** The server names the file in Chinese through RFC 5987 `filename*`; the plain name is only a fallback. */
function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // A malformed header still downloads, under the fallback name.
    }
  }
  return fallback;
}

/**
 * A spreadsheet export. It needs the bearer token, which a plain link cannot send, so the file is
 * fetched as a blob and handed to the browser as a download.
 */
export function XlsxDownload({
  request,
  fallbackName,
  label,
}: {
  request: () => BlobResult;
  fallbackName: string;
  label: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const download = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      let name = fallbackName;
      const blob = await unwrap(
        request().then((result) => {
          name = filenameOf(result.response, fallbackName);
          return result;
        }),
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      // Revoked after the click has handed the file to the browser's download manager.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      setFailure(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="xlsx-download">
      <button type="button" className="button secondary" onClick={download} disabled={busy}>
        {busy ? t('report.downloading') : label}
      </button>
      {failure && <Alert tone="error">{failure}</Alert>}
    </div>
  );
}
