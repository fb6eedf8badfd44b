import type { ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { OFFLINE_COPY_HEADER } from '../../lib/connectivity';
import { formatDateTime, today } from '../../lib/format';
import { KEPT_AT_HEADER } from '../../lib/service-worker';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { CardFace, type ServiceCard } from './card-face';
import './messages';
import './card.css';

interface Read {
  card: ServiceCard;
  /** When the phone kept the copy shown, if the service worker answered from it (no connection). */
  savedAt: string | null;
}

/**
 * The read goes through the service worker, which keeps the last answer for this signed-in person and
 * gives it back, marked, when the network fails: the card is on the phone without a second copy here
 * that signing out would also have to clear.
 */
async function readCard(signal: AbortSignal): Promise<Read> {
  const request = api.GET('/v1/me/service-card', { signal });
  const card = await unwrap(request);
  const { headers } = (await request).response;
  return { card, savedAt: headers.has(OFFLINE_COPY_HEADER) ? (headers.get(KEPT_AT_HEADER) ?? '') : null };
}

function CardState({ card }: { card: ServiceCard }) {
  const { t } = useI18n();
  if (card.status === 'revoked')
    return (
      <Alert tone="warning" title={t('card.revoked_title')}>
        <p>{t('card.revoked_body')}</p>
      </Alert>
    );
  if (!card.valid && card.validUntil < today())
    return (
      <Alert tone="warning" title={t('card.expired_title')}>
        <p>{t('card.expired_body', { until: card.validUntil })}</p>
      </Alert>
    );
  return null;
}

/** The person's talent service card on their phone, with the QR code a desk scans; opens offline too. */
export default function MyCardPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  useTitle(t('card.title'));
  const read = useResource(readCard, ['/v1/me/service-card']);
  const error = read.status === 'error' && read.error instanceof ApiError ? read.error : null;

  let body: ReactNode;
  if (error?.status === 404)
    body = (
      <Alert tone="info" title={t('card.none_title')}>
        <p>{t('card.none_body')}</p>
        <p>{t('card.none_ask')}</p>
      </Alert>
    );
  else if (error?.code === 'network_error')
    body = (
      <Alert tone="warning" title={t('error.network_error')}>
        <p>{t('card.not_saved')}</p>
        <button type="button" className="button secondary" onClick={read.reload}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  else if (read.status === 'error') body = <LoadError error={read.error} onRetry={read.reload} />;
  else if (!read.data) body = <Loading />;
  else {
    const { card, savedAt } = read.data;
    body = (
      <>
        {savedAt !== null && (
          <Alert tone="info">
            <p>{t('card.saved_copy', { at: savedAt ? formatDateTime(savedAt, lang) : '—' })}</p>
          </Alert>
        )}
        <CardState card={card} />
        <CardFace card={card} holder={user?.name ?? card.maskedName} />
      </>
    );
  }

  return (
    <section className="page narrow my-card-page" aria-labelledby="my-card-title">
      <h1 id="my-card-title">{t('card.title')}</h1>
      {body}
    </section>
  );
}
