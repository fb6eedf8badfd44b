import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './notifications.css';

type Delivery = components['schemas']['Delivery'];

/** Organisers: mail parked as failed after its retries, with a button to send each again. */
export default function DeliveriesPage() {
  const { t, lang } = useI18n();
  useTitle(t('deliveries.title'));
  const list = usePagedList<Delivery>(
    (cursor, signal) =>
      unwrap(api.GET('/v1/deliveries', { params: { query: { status: 'failed', cursor, limit: 20 } }, signal })),
    ['/v1/deliveries'],
  );
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error' | 'info'; text: string }>();

  const retry = async (delivery: Delivery) => {
    setBusy(delivery.deliveryId);
    setMessage(undefined);
    try {
      const after = await unwrap(
        api.POST('/v1/deliveries/{deliveryId}/retry', { params: { path: { deliveryId: delivery.deliveryId } } }),
      );
      list.replace((d) => d.deliveryId === delivery.deliveryId, after);
      if (after.status === 'sent')
        setMessage({ tone: 'success', text: t('deliveries.sent', { recipient: after.recipient }) });
      else if (after.status === 'failed')
        setMessage({ tone: 'error', text: t('deliveries.still_failed', { error: after.lastError ?? '' }) });
      else setMessage({ tone: 'info', text: t('deliveries.retry_later') });
    } catch (error) {
      setMessage({ tone: 'error', text: problemText(error, t) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="page" aria-labelledby="deliveries-title">
      <h1 id="deliveries-title">{t('deliveries.title')}</h1>
      <p className="muted">{t('deliveries.intro')}</p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('deliveries.empty')}</p>}
      <ul className="notice-list">
        {list.items.map((d) => (
          <li key={d.deliveryId} className="notice" data-testid="delivery">
            <div className="notice-main">
              <p className="notice-title">{d.subject ?? d.kind}</p>
              <p className="notice-meta">
                {t('deliveries.recipient')}: {d.recipient} · {t('deliveries.kind')}: {d.kind} ·{' '}
                {t('deliveries.attempts')}: {d.attempts}
              </p>
              {d.lastError && (
                <p className="notice-meta">
                  {t('deliveries.error')}: {d.lastError}
                </p>
              )}
              <p className="notice-meta">
                {t('deliveries.updated')}: {formatDateTime(d.updatedAt, lang)}
              </p>
            </div>
            {d.status === 'failed' && (
              <div className="notice-actions">
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => void retry(d)}
                  disabled={busy === d.deliveryId}
                >
                  {busy === d.deliveryId ? t('deliveries.retrying') : t('deliveries.retry')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <LoadMore list={list} />
    </section>
  );
}
