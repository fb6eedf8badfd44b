import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { LoadMore } from '../../ui/load-more';
import './trips.css';

const PAGE_SIZE = 20;

export default function TripsPage() {
  const { t } = useI18n();
  useTitle(t('trips.title'));
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/trips', { params: { query: { limit: PAGE_SIZE, cursor } }, signal })),
    ['/v1/trips'],
  );

  return (
    <section className="page" aria-labelledby="trips-title">
      <div className="page-head">
        <h1 id="trips-title">{t('trips.title')}</h1>
        <Link to="/trips/new" className="button primary">
          {t('trips.new')}
        </Link>
      </div>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('trips.none')}</p>}
          <ul className="card-list">
            {list.items.map((trip) => (
              <li key={trip.tripId} className="card trip-card">
                <h2>
                  <Link to={`/trips/${trip.tripId}`}>{trip.title}</Link>
                </h2>
                <p className="card-meta">
                  {t('trip.dates_value', { from: trip.startDate, to: trip.endDate })}
                  {' · '}
                  {t('trip.stop_count', { n: trip.stops.length })}
                </p>
                {trip.stops.length > 0 && <p className="muted">{trip.stops.map((s) => s.city).join(' → ')}</p>}
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
