import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { degreeLabel } from './placements';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

/** A cohort's placements, read only: a coordinator sees their own university's students. */
export default function CohortPlacementsPage() {
  const { cohortId = '' } = useParams();
  const { t } = useI18n();
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/placements', {
          params: { path: { cohortId }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/placements', cohortId],
  );
  useTitle(cohort.data ? `${t('placed.title')} · ${cohort.data.name}` : t('placed.title'));

  return (
    <section className="page" aria-labelledby="placed-title">
      <p className="back">
        <Link to="/placements">{t('board.back')}</Link>
      </p>
      <h1 id="placed-title">
        {t('placed.title')}
        {cohort.data ? ` · ${cohort.data.name}` : ''}
      </h1>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('board.placements_none')}</p>}
          <ul className="row-list">
            {list.items.map((p) => (
              <li key={p.registrationId} className="row-item" data-testid="placed">
                <h2>{p.internName}</h2>
                <p className="muted">
                  {p.universityName} · {degreeLabel(t, p.degreeLevel)} · {p.major}
                </p>
                <p>
                  {p.hostUnitName} · {p.projectTitle}
                </p>
                <p className="muted">
                  {t('board.mentor')}：{p.mentorName ?? t('board.no_mentor')} · {p.startDate} – {p.endDate}
                </p>
                <p>
                  <Link to={`/placements/${p.registrationId}/letter`}>{t('board.letter')}</Link>
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
