import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { University } from '../../api/types';
import { EventCard } from './event-card';
import { EventForm, type EventInput } from './event-form';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import type { Trip, TripEvent } from './trips';
import { formatList, formatYuan } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { nameOf, useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import './trips.css';

/** A trip has a few dozen events at most; a handful of pages covers the busiest one. */
const MAX_PAGES = 5;

async function loadTrip(tripId: string, signal: AbortSignal): Promise<{ trip: Trip; events: TripEvent[] }> {
  const trip = await unwrap(api.GET('/v1/trips/{tripId}', { params: { path: { tripId } }, signal }));
  const events: TripEvent[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await unwrap(
      api.GET('/v1/trips/{tripId}/events', { params: { path: { tripId }, query: { limit: 100, cursor } }, signal }),
    );
    events.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return { trip, events };
}

export default function TripPage() {
  const { t, lang } = useI18n();
  const { tripId = '' } = useParams();
  const location = useLocation();
  const arrived = location.state as { created?: boolean; saved?: boolean } | null;
  const data = useResource((signal) => loadTrip(tripId, signal), ['/v1/trips/{tripId}/events', tripId]);
  const universities = useUniversities();
  const [adding, setAdding] = useState<string>();
  const [added, setAdded] = useState<string>();
  useTitle(data.data?.trip.title ?? t('trip.detail'));

  if (data.status === 'error') return <LoadError error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Loading />;
  const { trip, events } = data.data;

  const addEvent = async (input: EventInput) => {
    const event = await unwrap(api.POST('/v1/trips/{tripId}/events', { params: { path: { tripId } }, body: input }));
    data.setData({ trip, events: [...events, event].sort((a, b) => a.startsAt.localeCompare(b.startsAt)) });
    setAdding(undefined);
    setAdded(event.title);
  };
  const eventChanged = (next: TripEvent) =>
    data.setData({ trip, events: events.map((e) => (e.eventId === next.eventId ? next : e)) });
  const spent = trip.expenses.reduce((sum, e) => sum + e.amountFen, 0);
  const stopUniversities = (ids: string[]): University[] =>
    (universities.data ?? []).filter((u) => ids.includes(u.universityId));

  return (
    <section className="page" aria-labelledby="trip-title">
      <p className="back">
        <Link to="/trips">{t('trip.back_to_list')}</Link>
      </p>
      <div className="page-head">
        <h1 id="trip-title">{trip.title}</h1>
        <div className="card-actions">
          <Link to={`/trips/${trip.tripId}/edit`} className="button secondary">
            {t('trip.edit')}
          </Link>
          <Link to={`/trips/${trip.tripId}/report`} className="button secondary">
            {t('trip.report')}
          </Link>
        </div>
      </div>
      {arrived?.created && <Alert tone="success">{t('trip.created')}</Alert>}
      {arrived?.saved && <Alert tone="success">{t('trip.saved')}</Alert>}
      {added && <Alert tone="success">{t('event.created', { title: added })}</Alert>}
      <section className="panel">
        <dl className="facts">
          <div>
            <dt>{t('trip.dates')}</dt>
            <dd>{t('trip.dates_value', { from: trip.startDate, to: trip.endDate })}</dd>
          </div>
          <div>
            <dt>{t('trip.budget')}</dt>
            <dd>{formatYuan(trip.budgetFen)}</dd>
          </div>
          <div>
            <dt>{t('trip.expenses_total')}</dt>
            <dd>{formatYuan(spent)}</dd>
          </div>
          <div>
            <dt>{t('trip.delegation')}</dt>
            <dd>
              {trip.delegation.length
                ? trip.delegation
                    .map((d) =>
                      formatList(
                        [d.name, d.department, d.role].filter((part): part is string => Boolean(part)),
                        lang,
                      ),
                    )
                    .join(lang === 'en' ? '; ' : '；')
                : t('common.none')}
            </dd>
          </div>
        </dl>
      </section>
      {trip.stops.length === 0 && <p className="muted">{t('trip.no_stops')}</p>}
      {trip.stops.map((stop, index) => {
        const stopEvents = events.filter((e) => e.stopId === stop.stopId);
        const names = stop.universityIds.map((id) => nameOf(universities.data, id) ?? id);
        return (
          <section key={stop.stopId} className="panel stop" aria-labelledby={`stop-${stop.stopId}`}>
            <div className="panel-head">
              <h2 id={`stop-${stop.stopId}`}>{t('trip.stop_heading', { n: index + 1, city: stop.city })}</h2>
              {adding !== stop.stopId && (
                <button type="button" className="button secondary" onClick={() => setAdding(stop.stopId)}>
                  {t('event.add')}
                </button>
              )}
            </div>
            <p className="card-meta">
              {t('trip.dates_value', { from: stop.from, to: stop.to })}
              {names.length > 0 && ` · ${formatList(names, lang)}`}
            </p>
            {adding === stop.stopId &&
              (stop.universityIds.length === 0 ? (
                <Alert tone="info">{t('event.stop_without_universities')}</Alert>
              ) : (
                <EventForm
                  stopId={stop.stopId}
                  universities={stopUniversities(stop.universityIds)}
                  onSubmit={addEvent}
                  onCancel={() => setAdding(undefined)}
                />
              ))}
            {stopEvents.length === 0 ? (
              <p className="muted">{t('trip.no_events')}</p>
            ) : (
              <ul className="card-list">
                {stopEvents.map((event) => (
                  <EventCard
                    key={event.eventId}
                    event={event}
                    universityName={nameOf(universities.data, event.universityId)}
                    onChange={eventChanged}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
