import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { QrCode } from '../../ui/qr-code';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { kindKey, registrationUrl } from './trips';
import './trips.css';

/**
 * The event's public registration link as a poster to print and put up on campus: title, time,
 * place, the QR code and the link in words for those who type it. Only the poster is printed; the
 * app's header, navigation and these buttons stay on screen.
 */
export default function EventPosterPage() {
  const { t, lang } = useI18n();
  const { eventId = '' } = useParams();
  const event = useResource(
    (signal) => unwrap(api.GET('/v1/events/{eventId}', { params: { path: { eventId } }, signal })),
    ['/v1/events/{eventId}', eventId],
  );
  useTitle(event.data ? `${t('poster.title')} · ${event.data.title}` : t('poster.title'));

  if (event.status === 'error') return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data) return <Loading />;
  const info = event.data;
  const url = registrationUrl(info.eventId);

  return (
    <section className="page event-poster-page" aria-labelledby="poster-title">
      <div className="poster-tools no-print">
        <Link to={`/trips/${info.tripId}`}>{t('trip.back_to_trip')}</Link>
        <p className="hint">{t('poster.print_hint')}</p>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {t('poster.print')}
        </button>
      </div>
      <article className="event-poster">
        <p className="eyebrow">{t(kindKey(info.kind))}</p>
        <h1 id="poster-title">{info.title}</h1>
        <dl className="facts">
          <div>
            <dt>{t('event.starts_at')}</dt>
            <dd>{formatDateTime(info.startsAt, lang)}</dd>
          </div>
          <div>
            <dt>{t('event.venue')}</dt>
            <dd>{info.venue}</dd>
          </div>
        </dl>
        <p className="poster-call">{t('poster.scan')}</p>
        <QrCode text={url} label={t('poster.qr_label', { url })} />
        <p className="poster-url">
          {t('poster.url')} <span className="poster-link">{url}</span>
        </p>
      </article>
    </section>
  );
}
