import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import type { ServiceRequest } from './request-files';

const STARS = [1, 2, 3, 4, 5] as const;

/** A closed request's rating, once: five radios in a fieldset, so a screen reader says "3 stars, 3 of 5". */
export function RequestRating({ request, onRated }: { request: ServiceRequest; onRated: (r: ServiceRequest) => void }) {
  const { t } = useI18n();
  const [rating, setRating] = useState<number>();
  const { failure, busy, send, reject } = useFormSubmit();
  const name = `rating-${request.requestId}`;

  if (request.rating)
    return (
      <p className="request-rated" data-field="rating">
        {t('req.rated', { stars: `${'★'.repeat(request.rating)} ${t('req.stars', { n: request.rating })}` })}
      </p>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!rating) return reject({ rating: t('field.required') });
    const rated = await send(() =>
      unwrap(
        api.POST('/v1/me/service-requests/{requestId}/rating', {
          params: { path: { requestId: request.requestId } },
          body: { rating },
        }),
      ),
    );
    if (rated) onRated(rated);
  };

  return (
    <form className="request-rating" onSubmit={submit} noValidate>
      <h3>{t('req.rate_title')}</h3>
      {failure && <Alert tone="error">{failure}</Alert>}
      <fieldset className="stars">
        <legend>{t('req.rate_legend')}</legend>
        {STARS.map((n) => (
          <label key={n} className={rating && n <= rating ? 'star on' : 'star'}>
            <input type="radio" name={name} value={n} checked={rating === n} onChange={() => setRating(n)} />
            <span aria-hidden="true">★</span>
            <span className="visually-hidden">{t('req.stars', { n })}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button primary block-mobile" disabled={busy}>
        {t('req.rate_submit')}
      </button>
    </form>
  );
}
