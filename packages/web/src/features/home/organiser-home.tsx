import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { nameOf, useUniversities } from '../../lib/use-universities';
import { LoadError, Loading } from '../../ui/feedback';
import './home.css';

type Overview = components['schemas']['OrganiserHome'];
type OpenCohort = Overview['cohorts'][number];

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The organiser's first screen: each item says what waits and links to where it is done. */
export default function OrganiserHome() {
  const { t } = useI18n();
  useTitle(t('home.organiser.title'));
  const overview = useResource((signal) => unwrap(api.GET('/v1/home/organiser', { signal })), ['/v1/home/organiser']);
  const universities = useUniversities();
  if (overview.status === 'error') return <LoadError error={overview.error} onRetry={overview.reload} />;
  if (!overview.data) return <Loading />;
  const o = overview.data;
  const running = o.cohorts.filter((c) => c.checkIn);
  const uniName = (id: string) => nameOf(universities.data, id) ?? '';

  return (
    <section className="page home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.organiser.title')}</h1>
      <p className="lead">{t('home.organiser.lead', { date: o.today })}</p>
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-reviews">
          <h2 id="home-reviews">{t('home.reviews.title')}</h2>
          {o.pendingReviews === 0 ? (
            <p>{t('home.reviews.none')}</p>
          ) : (
            <>
              <p>{t('home.reviews.count', { n: o.pendingReviews })}</p>
              <ul className="home-links">
                {o.cohorts
                  .filter((c) => c.submitted > 0)
                  .map((c) => (
                    <li key={c.cohortId}>
                      <Link to={`/cohorts/${c.cohortId}/review`}>
                        {t('home.reviews.item', { name: c.name, n: c.submitted })}
                      </Link>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="home-check-in">
          <h2 id="home-check-in">{t('home.check_in.title')}</h2>
          {running.length === 0 ? (
            <p>{t('home.check_in.none')}</p>
          ) : (
            <ul className="home-links">
              {running.map((c) => (
                <li key={c.cohortId}>
                  <span className="home-item-name">{c.name}</span>
                  <span>
                    {t('home.check_in.summary', { checkedIn: c.checkIn!.checkedIn, confirmed: c.confirmed })}
                    {c.confirmed > 0 &&
                      ` · ${t('home.cohorts.check_in_rate', { rate: percent(c.checkIn!.checkedIn, c.confirmed) })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {running.length > 0 && <Link to="/attendance">{t('home.check_in.board')}</Link>}
        </section>
      </div>
      <section className="panel" aria-labelledby="home-cohorts">
        <div className="panel-head">
          <h2 id="home-cohorts">{t('home.cohorts.title')}</h2>
          <Link to="/cohorts">{t('home.cohorts.all')}</Link>
        </div>
        {o.cohorts.length === 0 ? (
          <>
            <p>{t('home.cohorts.none')}</p>
            <Link to="/cohorts/new" className="button primary">
              {t('home.cohorts.new')}
            </Link>
          </>
        ) : (
          <ul className="card-list">
            {o.cohorts.map((c) => (
              <CohortCard key={c.cohortId} cohort={c} />
            ))}
          </ul>
        )}
      </section>
      <div className="home-grid">
        <section className="panel" aria-labelledby="home-expiring">
          <h2 id="home-expiring">{t('home.expiring.title', { days: o.expiringWithinDays })}</h2>
          {o.expiring.length === 0 ? (
            <p>{t('home.expiring.none', { days: o.expiringWithinDays })}</p>
          ) : (
            <ul className="home-links">
              {o.expiring.map((p) => (
                <li key={p.partnershipId}>
                  <Link to={`/partnerships/${p.partnershipId}`}>{p.title}</Link>
                  <span>
                    {uniName(p.universityId)} · {t('home.expiring.item', { date: p.expiresOn })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {o.moreExpiring && <Link to="/partnerships">{t('home.expiring.more')}</Link>}
        </section>
        <section className="panel" aria-labelledby="home-events">
          <h2 id="home-events">{t('home.events.title', { days: o.eventsWithinDays })}</h2>
          {o.events.length === 0 ? (
            <>
              <p>{t('home.events.none', { days: o.eventsWithinDays })}</p>
              <Link to="/trips">{t('home.events.trips')}</Link>
            </>
          ) : (
            <EventList events={o.events} uniName={uniName} />
          )}
        </section>
      </div>
      <CarePanel care={o.care} />
    </section>
  );
}

/**
 * The people the organiser looks after as service commissioner, when there are any: what is overdue,
 * each count a link to where it is dealt with.
 */
function CarePanel({ care }: { care: Overview['care'] }) {
  const { t } = useI18n();
  if (care.people === 0 && care.overdueRequests === 0) return null;
  return (
    <section className="panel" aria-labelledby="home-care" data-panel="care">
      <div className="panel-head">
        <h2 id="home-care">{t('home.care.title')}</h2>
        <Link to="/talent-service/attention">{t('home.care.attention')}</Link>
      </div>
      <p>
        {t('home.care.people', { n: care.people })}
        {care.more && ` ${t('home.care.more')}`}
      </p>
      <ul className="home-links">
        <li data-field="overdue-contacts">
          {care.overdueContacts > 0 ? (
            <Link to="/talent-service">{t('home.care.overdue_contacts', { n: care.overdueContacts })}</Link>
          ) : (
            t('home.care.contacts_on_time')
          )}
        </li>
        <li data-field="overdue-requests">
          {care.overdueRequests > 0 ? (
            <Link to="/talent-service/requests">{t('home.care.overdue_requests', { n: care.overdueRequests })}</Link>
          ) : (
            t('home.care.requests_on_time')
          )}
        </li>
      </ul>
    </section>
  );
}

function CohortCard({ cohort: c }: { cohort: OpenCohort }) {
  const { t } = useI18n();
  return (
    <li className="card">
      <h3>
        <Link to={`/cohorts/${c.cohortId}`}>{c.name}</Link>
      </h3>
      <p className="muted">
        {t(`cohort.status.${c.status}` as MessageKey)} · {c.startsOn} – {c.endsOn}
      </p>
      <p>{t('home.cohorts.places', { active: c.active, quota: c.quota })}</p>
      {c.submitted > 0 && (
        <p>
          <Link to={`/cohorts/${c.cohortId}/review`}>{t('home.cohorts.to_review', { n: c.submitted })}</Link>
        </p>
      )}
      {c.accepted > 0 && <p>{t('home.cohorts.to_confirm', { n: c.accepted })}</p>}
      {c.checkIn && (
        <p>
          {t('home.cohorts.check_in', {
            checkedIn: c.checkIn.checkedIn,
            confirmed: c.confirmed,
            onLeave: c.checkIn.onLeave,
          })}
        </p>
      )}
    </li>
  );
}

function EventList({ events, uniName }: { events: Overview['events']; uniName: (id: string) => string }) {
  const { lang } = useI18n();
  return (
    <ul className="home-links">
      {events.map((e) => (
        <li key={e.eventId}>
          <Link to={`/trips/${e.tripId}`}>{e.title}</Link>
          <span>
            {formatDateTime(e.startsAt, lang)} · {uniName(e.universityId)} · {e.venue}
          </span>
        </li>
      ))}
    </ul>
  );
}
