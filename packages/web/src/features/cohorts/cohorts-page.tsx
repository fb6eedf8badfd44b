import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { CohortStatusBadge } from './cohort-summary-table';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './cohorts.css';

/** Organisers: every cohort and a way to start one. Coordinators: the cohorts their university is in. */
export default function CohortsPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  useTitle(t('cohort.list_title'));
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 20, cursor } }, signal })),
    ['/v1/cohorts'],
  );
  const organiser = user.role === 'organiser';

  return (
    <section className="page" aria-labelledby="cohorts-title">
      <div className="page-head">
        <h1 id="cohorts-title">{t('cohort.list_title')}</h1>
        {organiser && (
          <Link to="/cohorts/new" className="button primary">
            {t('cohort.new')}
          </Link>
        )}
      </div>
      {!organiser && <p className="lead">{t('cohort.list_intro_coordinator')}</p>}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('cohort.none')}</p>}
          <ul className="card-list">
            {list.items.map((cohort) => (
              <li key={cohort.cohortId} className="card">
                <h2>
                  <Link to={`/cohorts/${cohort.cohortId}`}>{cohort.name}</Link>
                </h2>
                <p className="card-meta">
                  <CohortStatusBadge status={cohort.status} />{' '}
                  {t('cohort.dates', { start: cohort.startsOn, end: cohort.endsOn })}
                </p>
                <p className="muted">
                  {t('cohort.window', {
                    open: formatDateTime(cohort.registrationOpensAt, lang, cohort.timeZone),
                    close: formatDateTime(cohort.registrationClosesAt, lang, cohort.timeZone),
                  })}
                </p>
                <p className="muted">
                  {organiser
                    ? t('cohort.universities_count', { n: cohort.universities.length })
                    : t('cohort.quota_of', { quota: cohort.universities[0]?.quota ?? 0 })}
                </p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
