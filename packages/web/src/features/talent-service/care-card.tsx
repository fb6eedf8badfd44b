import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n, type Translate } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { useResource } from '../../lib/use-resource';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { labelIn } from './care';

/** A card that was never issued reads as none, not as a failure. */
const noCardYet = (error: unknown) => error instanceof ApiError && error.status === 404;

/** Why a card cannot be issued, said plainly: too early (with the first day) or a tier that gets none. */
export function cardRefusal(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.code === 'not_eligible') {
    const reason = error.fieldErrors[0];
    const earliest = reason?.params?.earliest;
    if (reason?.code === 'too_early' && typeof earliest === 'string')
      return t('care.card_too_early', { date: earliest });
    if (reason?.code === 'tier_not_eligible') return t('care.card_tier_not_eligible');
  }
  if (error instanceof ApiError && error.code === 'already_exists') return t('care.card_already');
  return problemText(error, t);
}

/** The person's talent service card, or the button that issues it, once (organisers). */
export function CareCard({ outcomeId }: { outcomeId: string }) {
  const { t, lang } = useI18n();
  const card = useResource(
    (signal) =>
      unwrap(api.GET('/v1/talent-service/people/{outcomeId}/card', { params: { path: { outcomeId } }, signal })).catch(
        (error: unknown) => {
          if (noCardYet(error)) return null;
          throw error;
        },
      ),
    ['/v1/talent-service/people/{outcomeId}/card', outcomeId],
  );
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();

  async function issue() {
    setBusy(true);
    setRefusal(undefined);
    try {
      card.setData(
        await unwrap(api.POST('/v1/talent-service/people/{outcomeId}/card', { params: { path: { outcomeId } } })),
      );
    } catch (error) {
      setRefusal(cardRefusal(error, t));
      if (error instanceof ApiError && error.code === 'already_exists') card.reload();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="care-section" aria-labelledby="care-card-title" data-section="card">
      <h2 id="care-card-title">{t('care.card_title')}</h2>
      {refusal && <Alert tone="error" title={refusal} focus />}
      {card.status === 'error' ? (
        <LoadError error={card.error} onRetry={card.reload} />
      ) : card.data === undefined ? (
        <Loading />
      ) : card.data ? (
        <dl className="facts">
          <dt>{t('care.card_number')}</dt>
          <dd data-field="card-number">{card.data.cardNumber}</dd>
          <dt>{t('care.tier')}</dt>
          <dd>{labelIn(card.data.tierLabel, lang)}</dd>
          <dt>{t('care.card_validity')}</dt>
          <dd>{t('care.card_valid', { from: card.data.validFrom, until: card.data.validUntil })}</dd>
        </dl>
      ) : (
        <>
          <p className="muted">{t('care.card_none')}</p>
          <button type="button" className="button primary" disabled={busy} onClick={issue}>
            {busy ? t('care.card_issuing') : t('care.card_issue')}
          </button>
        </>
      )}
    </section>
  );
}
