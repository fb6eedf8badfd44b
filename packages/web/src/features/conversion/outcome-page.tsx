import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { LedgerView, OutcomeSummary } from './outcome-detail';
import { RetentionForm, TransitionForm } from './outcome-forms';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './conversion.css';

/** One outcome: organisers record steps and yearly confirmations; a coordinator and the intern read it. */
export default function OutcomePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { outcomeId = '' } = useParams();
  const outcome = useResource(
    (signal) => unwrap(api.GET('/v1/outcomes/{outcomeId}', { params: { path: { outcomeId } }, signal })),
    ['/v1/outcomes/{outcomeId}', outcomeId],
  );
  const ledger = useResource(
    (signal) => unwrap(api.GET('/v1/outcomes/{outcomeId}/retention', { params: { path: { outcomeId } }, signal })),
    ['/v1/outcomes/{outcomeId}/retention', outcomeId],
  );
  useTitle(outcome.data ? t('conv.outcome_title', { name: outcome.data.name }) : t('conv.outcomes_title'));
  if (outcome.status === 'error') return <LoadError error={outcome.error} onRetry={outcome.reload} />;
  if (!outcome.data) return <Loading />;
  const o = outcome.data;
  return (
    <section className="page" aria-labelledby="outcome-title">
      <h1 id="outcome-title">{t('conv.outcome_title', { name: o.name })}</h1>
      <OutcomeSummary outcome={o} />
      {ledger.data && <LedgerView ledger={ledger.data} />}
      {/* People who came are looked after: their commissioner, contact and contact log, or assigning them. */}
      {user?.role === 'organiser' && (o.stage === 'onboarded' || o.stage === 'retained') && (
        <p>
          <Link to={`/talent-service/people/${o.outcomeId}`}>{t('conv.care_link')}</Link>
        </p>
      )}
      {user?.role === 'organiser' && (
        <>
          <TransitionForm key={`t${o.version}`} outcome={o} onDone={outcome.setData} />
          <RetentionForm key={`r${o.version}`} outcome={o} />
        </>
      )}
    </section>
  );
}
