import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';

/** Which cohort: organisers open its placement board, coordinators its (read-only) placements. */
export default function PlacementsPage() {
  const { t } = useI18n();
  const organiser = useUser().role === 'organiser';
  useTitle(t('board.choose_title'));
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 20, cursor } }, signal })),
    ['/v1/cohorts'],
  );
  return (
    <section className="page" aria-labelledby="placements-title">
      <h1 id="placements-title">{t('board.choose_title')}</h1>
      {organiser && <p className="lead">{t('board.choose_hint')}</p>}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('board.no_cohorts')}</p>}
          <ul className="card-list">
            {list.items.map((c) => (
              <li key={c.cohortId} className="card">
                <h2>
                  <Link to={organiser ? `/cohorts/${c.cohortId}/placement-board` : `/cohorts/${c.cohortId}/placements`}>
                    {c.name}
                  </Link>
                </h2>
                <p className="card-meta">
                  {c.startsOn} – {c.endsOn}
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
