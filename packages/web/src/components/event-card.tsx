import { Link } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../lib/format';
import { kindKey, registrationUrl, type TripEvent } from '../lib/trips';
import { useResource } from '../lib/use-resource';

/** One event of a stop, with the link students register through and where registrations stand. */
export function EventCard({ event, universityName }: { event: TripEvent; universityName?: string }) {
  const { t, lang } = useI18n();
  const counts = useResource(
    async (signal) => (await unwrap(api.GET('/v1/events/{eventId}/attendance', { params: { path: { eventId: event.eventId }, query: { limit: 1 } }, signal }))).counts,
    [event.eventId],
  );
  const url = registrationUrl(event.eventId);
  return (
    <li className="card event-card">
      <p className="eyebrow">{t(kindKey(event.kind))}</p>
      <h3>{event.title}</h3>
      <p className="card-meta">
        {formatDateTime(event.startsAt, lang)} · {event.venue}
        {universityName ? ` · ${universityName}` : ''}
      </p>
      <p className="event-link">
        {t('event.public_link')}{' '}
        <a href={url} target="_blank" rel="noreferrer">
          {url}
        </a>
      </p>
      <p className="event-counts" aria-live="polite">
        {counts.data
          ? t('event.counts', { capacity: counts.data.capacity, registered: counts.data.registered, waitlisted: counts.data.waitlisted, checkedIn: counts.data.checkedIn })
          : counts.status === 'error'
            ? t('common.load_failed')
            : t('common.loading')}
      </p>
      <Link className="button secondary" to={`/events/${event.eventId}/check-in`}>
        {t('event.check_in_link')}
      </Link>
    </li>
  );
}
