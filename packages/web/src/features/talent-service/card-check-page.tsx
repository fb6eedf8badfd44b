import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { BenefitList, inLang } from './card-face';
import './messages';
import './card.css';

type Check = components['schemas']['CardCheck'] & { checkedAt: string };

/** The moment of the check is the desk's own, so it is kept with the answer rather than read at each render. */
async function check(token: string, signal: AbortSignal): Promise<Check> {
  const answer = await unwrap(api.GET('/v1/public/service-cards/{token}', { params: { path: { token } }, signal }));
  return { ...answer, checkedAt: new Date().toISOString() };
}

/** Valid or not, said in a word and a mark as well as a colour, for a desk glancing at a phone. */
function Verdict({ valid }: { valid: boolean }) {
  const { t } = useI18n();
  return (
    <div className={`card-verdict ${valid ? 'is-valid' : 'is-invalid'}`} data-testid="card-verdict">
      <span className="card-verdict-mark" aria-hidden="true">
        {valid ? '✓' : '✕'}
      </span>
      <p className="card-verdict-word">{t(valid ? 'card.check_valid' : 'card.check_invalid')}</p>
      <p>{t(valid ? 'card.check_valid_detail' : 'card.check_invalid_detail')}</p>
    </div>
  );
}

/**
 * What a hotel, hospital or sports venue sees after scanning a service card (no sign-in): whether it is
 * valid, the holder's name masked, the tier and the benefits, and when it was checked. Nothing else of
 * the holder reaches this page.
 */
export default function CardCheckPage() {
  const { t, lang } = useI18n();
  const { token = '' } = useParams();
  useTitle(t('card.check_title'));
  const result = useResource((signal) => check(token, signal), ['/v1/public/service-cards/{token}', token]);
  const error = result.status === 'error' && result.error instanceof ApiError ? result.error : null;

  let body: ReactNode;
  // A malformed code is as unknown as a made-up one: the desk's next step is the same.
  if (error && (error.status === 404 || error.status === 400))
    body = (
      <Alert tone="error" title={t('card.check_not_found')}>
        <p>{t('card.check_not_found_body')}</p>
      </Alert>
    );
  else if (error?.status === 429)
    body = (
      <Alert tone="warning" title={t('card.check_wait')}>
        <button type="button" className="button secondary" onClick={result.reload}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  else if (result.status === 'error') body = <LoadError error={result.error} onRetry={result.reload} />;
  else if (!result.data) body = <Loading />;
  else {
    const card = result.data;
    body = (
      <>
        <Verdict valid={card.valid} />
        <dl className="card-check-facts">
          <div>
            <dt>{t('card.check_holder')}</dt>
            <dd>{card.maskedName}</dd>
          </div>
          <div>
            <dt>{t('card.tier')}</dt>
            <dd>{inLang(card.tierLabel, lang)}</dd>
          </div>
          <div>
            <dt>{t('card.check_valid_until')}</dt>
            <dd>{card.validUntil}</dd>
          </div>
          <div>
            <dt>{t('card.checked_at')}</dt>
            <dd>{formatDateTime(card.checkedAt, lang)}</dd>
          </div>
        </dl>
        {card.valid && (
          <section aria-labelledby="card-check-benefits">
            <h2 id="card-check-benefits">{t('card.benefits')}</h2>
            <BenefitList benefits={card.benefits} />
          </section>
        )}
      </>
    );
  }

  return (
    <section className="page narrow card-check-page" aria-labelledby="card-check-title">
      <h1 id="card-check-title">{t('card.check_title')}</h1>
      {body}
    </section>
  );
}
