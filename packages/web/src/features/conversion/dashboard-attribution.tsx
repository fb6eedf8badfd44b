import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';

type Attribution = components['schemas']['Attribution'];
type Trip = { id: string; label: string };

/**
 * Leads, interns and hires credited to each recruiting trip and each partnership, with the cost per
 * hire; a trip opens its campus events below it, so an organiser sees which event a hire came from.
 */
export function AttributionPanels() {
  const [trip, setTrip] = useState<Trip>();
  return (
    <>
      <AttributionPanel by="trip" openTrip={setTrip} openedTrip={trip?.id} />
      {trip && <TripEvents trip={trip} onClose={() => setTrip(undefined)} />}
      <AttributionPanel by="partnership" />
    </>
  );
}

interface PanelProps {
  by: 'trip' | 'partnership';
  openTrip?: (trip: Trip) => void;
  openedTrip?: string | undefined;
}

function AttributionPanel({ by, openTrip, openedTrip }: PanelProps) {
  const attribution = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/attribution', { params: { query: { by } }, signal })),
    ['/v1/dashboard/attribution', by],
  );
  if (attribution.status === 'error') return <LoadError error={attribution.error} onRetry={attribution.reload} />;
  if (!attribution.data) return <Loading />;
  return <AttributionTable attribution={attribution.data} openTrip={openTrip} openedTrip={openedTrip} />;
}

/** One trip's campus events, each with the leads met there and the interns and hires credited to it. */
function TripEvents({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const events = useResource(
    (signal) =>
      unwrap(api.GET('/v1/dashboard/attribution', { params: { query: { by: 'event', tripId: trip.id } }, signal })),
    ['/v1/dashboard/attribution', 'event', trip.id],
  );
  // Opened from a button further up: the reader is taken to what opened, not left where they were.
  useEffect(() => {
    if (events.data) heading.current?.focus();
  }, [events.data]);
  const title = t('conv.attribution_event_title', { trip: trip.label });
  return (
    <section className="conv-panel" aria-labelledby="attribution-event-title" data-panel="attribution-event">
      <div className="conv-panel-head">
        <h2 id="attribution-event-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button secondary" onClick={onClose}>
          {t('conv.attribution_events_close')}
        </button>
      </div>
      {events.status === 'error' ? (
        <LoadError error={events.error} onRetry={events.reload} />
      ) : !events.data ? (
        <Loading />
      ) : events.data.items.length === 0 ? (
        <p className="muted">{t('conv.attribution_events_empty')}</p>
      ) : (
        <AttributionRows attribution={events.data} title={title} />
      )}
    </section>
  );
}

function AttributionTable({
  attribution,
  openTrip,
  openedTrip,
}: { attribution: Attribution } & Omit<PanelProps, 'by'>) {
  const { t } = useI18n();
  const id = `attribution-${attribution.by}`;
  const title = t(attribution.by === 'trip' ? 'conv.attribution_trip_title' : 'conv.attribution_partnership_title');
  return (
    <section className="conv-panel" aria-labelledby={`${id}-title`} data-panel={id}>
      <div className="conv-panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      {attribution.items.length === 0 ? (
        <p className="muted">{t('conv.attribution_empty')}</p>
      ) : (
        <AttributionRows attribution={attribution} title={title} openTrip={openTrip} openedTrip={openedTrip} />
      )}
    </section>
  );
}

const FIRST_COLUMN = { trip: 'conv.trip', event: 'conv.event', partnership: 'conv.partnership' } as const;

function AttributionRows({
  attribution,
  title,
  openTrip,
  openedTrip,
}: { attribution: Attribution; title: string } & Omit<PanelProps, 'by'>) {
  const { t } = useI18n();
  const trip = attribution.by === 'trip';
  const event = attribution.by === 'event';
  return (
    // A wide table scrolls sideways on a phone; the region takes focus so the keyboard can scroll it too.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="conv-table" aria-label={title} tabIndex={0}>
      <table className="report-table" data-table={`attribution-${attribution.by}`}>
        <thead>
          <tr>
            <th scope="col">{t(FIRST_COLUMN[attribution.by])}</th>
            {event && <th scope="col">{t('conv.event_on')}</th>}
            <th scope="col">{t(event ? 'conv.event_registered' : 'conv.leads')}</th>
            {event && <th scope="col">{t('conv.event_checked_in')}</th>}
            <th scope="col">{t('conv.interns')}</th>
            <th scope="col">{t('conv.hires')}</th>
            {trip && <th scope="col">{t('conv.expenses')}</th>}
            {trip && <th scope="col">{t('conv.cost_per_hire')}</th>}
            {trip && openTrip && <th scope="col">{t('conv.trip_events')}</th>}
          </tr>
        </thead>
        <tbody>
          {attribution.items.map((r) => (
            <tr key={r.id} data-id={r.id}>
              <th scope="row">{r.label}</th>
              {event && <td data-label={t('conv.event_on')}>{r.on ?? '—'}</td>}
              <td data-label={t(event ? 'conv.event_registered' : 'conv.leads')} data-field="leads">
                {r.leads}
              </td>
              {event && (
                <td data-label={t('conv.event_checked_in')} data-field="checkedIn">
                  {r.checkedIn ?? 0}
                </td>
              )}
              <td data-label={t('conv.interns')} data-field="interns">
                {r.interns}
              </td>
              <td data-label={t('conv.hires')} data-field="hires">
                {r.hires}
              </td>
              {trip && (
                <td data-label={t('conv.expenses')} data-field="expenses" data-money>
                  {formatYuan(r.expensesFen)}
                </td>
              )}
              {trip && (
                <td data-label={t('conv.cost_per_hire')} data-field="costPerHire" data-money>
                  {formatYuan(r.costPerHireFen)}
                </td>
              )}
              {trip && openTrip && (
                <td data-label={t('conv.trip_events')}>
                  <button
                    type="button"
                    className="button secondary"
                    aria-pressed={openedTrip === r.id}
                    aria-label={t('conv.trip_events_label', { trip: r.label })}
                    onClick={() => openTrip({ id: r.id, label: r.label })}
                  >
                    {t('conv.trip_events')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
