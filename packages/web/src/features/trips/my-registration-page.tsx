/** "My registration": the registrant's own page, reached by the mailed link or a recovery code, with cancelling. */
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiError } from '../../api/errors';
import { Alert, Loading } from '../../ui/feedback';
import { QrCode } from '../../ui/qr-code';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { kindKey } from './trips';
import { useTitle } from '../../lib/use-title';
import { type Access, Recovery, storageKey } from './registrant-recovery';
import './trips.css';

type Mine = components['schemas']['MyRegistration'];

/** The check-in token from the mailed link: `#t=…` (never sent to servers) or `?t=…`. */
function linkToken(hash: string, search: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('t') ?? new URLSearchParams(search).get('t') ?? undefined;
}

export default function MyRegistrationPage() {
  const { t, lang } = useI18n();
  const { eventId = '' } = useParams();
  const location = useLocation();
  useTitle(t('registrant.my.title'));
  const [access, setAccess] = useState<Access | undefined>(() => {
    const token = linkToken(location.hash, location.search);
    if (token) return { token };
    const stored = sessionStorage.getItem(storageKey(eventId));
    return stored ? { accessToken: stored } : undefined;
  });
  const [mine, setMine] = useState<Mine>();
  const [notice, setNotice] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const open = useCallback(
    async (how: Access) => {
      try {
        setMine(await unwrap(api.POST('/v1/public/events/{eventId}/my', { params: { path: { eventId } }, body: how })));
      } catch (failure) {
        sessionStorage.removeItem(storageKey(eventId));
        setAccess(undefined);
        setNotice(
          failure instanceof ApiError && failure.status === 404
            ? t('registrant.recover.link_invalid')
            : problemText(failure, t),
        );
      }
    },
    [eventId, t],
  );
  useEffect(() => {
    if (access) void open(access);
  }, [access, open]);

  const cancel = async () => {
    if (!access) return;
    setBusy(true);
    try {
      setMine(
        await unwrap(
          api.POST('/v1/public/events/{eventId}/my/cancel', { params: { path: { eventId } }, body: access }),
        ),
      );
      setNotice(t('registrant.my.cancelled'));
    } catch (failure) {
      setNotice(problemText(failure, t));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (!access) {
    return (
      <section className="page narrow public-event" aria-labelledby="my-title">
        <h1 id="my-title">{t('registrant.my.title')}</h1>
        {notice && <Alert tone="warning">{notice}</Alert>}
        <Recovery eventId={eventId} onAccess={setAccess} t={t} />
      </section>
    );
  }
  if (!mine) return <Loading />;
  return (
    <section className="page narrow public-event my-registration" aria-labelledby="my-title">
      <p className="eyebrow">{t(kindKey(mine.event.kind))}</p>
      <h1 id="my-title">{mine.event.title}</h1>
      {notice && <Alert tone="info">{notice}</Alert>}
      <dl className="facts">
        <div>
          <dt>{t('event.starts_at')}</dt>
          <dd>{formatDateTime(mine.event.startsAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('event.venue')}</dt>
          <dd>{mine.event.venue}</dd>
        </div>
        <div>
          <dt>{t('reg.seats_left')}</dt>
          <dd className="seats-left">
            {mine.event.seatsLeft > 0
              ? t('reg.seats_value', { left: mine.event.seatsLeft, capacity: mine.event.capacity })
              : t('registrant.my.no_seats')}
          </dd>
        </div>
        <div>
          <dt>{t('registrant.my.name')}</dt>
          <dd>{mine.name}</dd>
        </div>
        <div>
          <dt>{t('registrant.my.contact')}</dt>
          <dd>
            {mine.email} · {mine.phone}
          </dd>
        </div>
      </dl>
      <section className="panel receipt" aria-labelledby="my-status">
        <h2 id="my-status" className="receipt-status">
          {t(`registrant.my.status.${mine.status}`)}
        </h2>
        {mine.promotedAt && <p>{t('registrant.my.promoted')}</p>}
        {mine.checkedInAt && <p>{t('registrant.my.checked_in', { time: formatDateTime(mine.checkedInAt, lang) })}</p>}
        {mine.checkInToken && (
          <>
            <QrCode text={mine.checkInToken} label={t('reg.qr_label')} />
            <p className="token">
              <span className="muted">{t('reg.token')}</span>{' '}
              <code className="check-in-token">{mine.checkInToken}</code>
            </p>
          </>
        )}
        {mine.canCancel &&
          (confirming ? (
            <fieldset className="form-actions plain-group" aria-label={t('registrant.my.cancel')}>
              <p>{t('registrant.my.cancel_confirm')}</p>
              <button type="button" className="button danger block-mobile" onClick={cancel} disabled={busy}>
                {t('registrant.my.cancel_yes')}
              </button>
              <button
                type="button"
                className="button block-mobile"
                onClick={() => setConfirming(false)}
                disabled={busy}
              >
                {t('registrant.my.cancel_no')}
              </button>
            </fieldset>
          ) : (
            <div className="form-actions">
              <button type="button" className="button block-mobile" onClick={() => setConfirming(true)}>
                {t('registrant.my.cancel')}
              </button>
            </div>
          ))}
      </section>
    </section>
  );
}
