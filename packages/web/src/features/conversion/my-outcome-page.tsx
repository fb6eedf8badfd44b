import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { LoadError, Loading } from '../../ui/feedback';
import { OutcomeSummary } from './outcome-detail';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './conversion.css';

/** The intern's own outcome, read only. */
export default function MyOutcomePage() {
  const { t } = useI18n();
  useTitle(t('conv.my_outcome_title'));
  const outcome = useResource((signal) => unwrap(api.GET('/v1/me/outcome', { signal })), ['/v1/me/outcome']);
  const none = outcome.status === 'error' && outcome.error instanceof ApiError && outcome.error.status === 404;
  return (
    <section className="page narrow" aria-labelledby="my-outcome-title">
      <h1 id="my-outcome-title">{t('conv.my_outcome_title')}</h1>
      {none ? (
        <p className="muted">{t('conv.my_outcome_none')}</p>
      ) : outcome.status === 'error' ? (
        <LoadError error={outcome.error} onRetry={outcome.reload} />
      ) : !outcome.data ? (
        <Loading />
      ) : (
        <OutcomeSummary outcome={outcome.data} />
      )}
    </section>
  );
}
