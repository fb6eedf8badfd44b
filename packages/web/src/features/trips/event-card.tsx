import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { kindKey, registrationUrl, type TripEvent } from './trips';
import { useResource } from '../../lib/use-resource';
import { Alert } from '../../ui/feedback';
import { EventOutcomeForm, eventStatusKey } from './event-outcome-form';

interface Props {
  event: TripEvent;
  universityName?: string;
  /** A saved status or outcome, so the trip page keeps the newest version of the event. */
  onChange?(event: TripEvent): void;
}

/** One event of a stop, with the link students register through, where registrations stand and how it went. */
export function EventCard({ event, universityName, onChange }: Props) {
  const { t, lang } = useI18n();
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const counts = useResource(
    async (signal) =>
      (
        await unwrap(
          api.GET('/v1/events/{eventId}/attendance', {
            params: { path: { eventId: event.eventId }, query: { limit: 1 } },
            signal,
          }),
        )
      ).counts,
    ['/v1/events/{eventId}/attendance', event.eventId],
  );
  const url = registrationUrl(event.eventId);
  return (
    <li className="card event-card">
      <p className="eyebrow">
        {t(kindKey(event.kind))}{' '}
        <span className={`badge badge-e-${event.status}`}>{t(eventStatusKey(event.status))}</span>
      </p>
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
          ? t('event.counts', {
              capacity: counts.data.capacity,
              registered: counts.data.registered,
              waitlisted: counts.data.waitlisted,
              checkedIn: counts.data.checkedIn,
            })
          : counts.status === 'error'
            ? t('common.load_failed')
            : t('common.loading')}
      </p>
      {event.outcomeNotes && !recording && (
        <p className="event-outcome">
          {t('event.outcome_notes')}：{event.outcomeNotes}
        </p>
      )}
      {saved && !recording && <Alert tone="success">{t('event.outcome_saved', { title: event.title })}</Alert>}
      {recording ? (
        <EventOutcomeForm
          event={event}
          onSaved={(next) => {
            setRecording(false);
            setSaved(true);
            onChange?.(next);
          }}
          onCancel={() => setRecording(false)}
        />
      ) : (
        <div className="card-actions">
          <Link className="button secondary" to={`/events/${event.eventId}/check-in`}>
            {t('event.check_in_link')}
          </Link>
          <Link className="button secondary" to={`/events/${event.eventId}/poster`}>
            {t('event.poster_link')}
          </Link>
          {onChange && (
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setSaved(false);
                setRecording(true);
              }}
            >
              {t('event.record_outcome')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
