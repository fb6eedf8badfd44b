import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiError } from '../../api/errors';
import { Alert, Loading } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { QrCode } from '../../ui/qr-code';
import { useI18n, type Translate } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { kindKey } from './trips';
import { useTitle } from '../../lib/use-title';
import './trips.css';

type Mine = components['schemas']['MyRegistration'];
type Access = { token: string } | { accessToken: string };

/** The recovery access token lives only in this tab: closing it ends the access. */
const storageKey = (eventId: string) => `aksu.registrant.${eventId}`;

/** The check-in token from the mailed link: `#t=…` (never sent to servers) or `?t=…`. */
function linkToken(hash: string, search: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('t') ?? new URLSearchParams(search).get('t') ?? undefined;
}

function Recovery({ eventId, onAccess, t }: { eventId: string; onAccess: (access: Access) => void; t: Translate }) {
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const who = () => (contact.includes('@') ? { email: contact.trim() } : { phone: contact.trim() });

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(api.POST('/v1/public/events/{eventId}/recovery', { params: { path: { eventId } }, body: who() }));
      setSent(true);
    } catch (failure) {
      setError(problemText(failure, t));
    } finally {
      setBusy(false);
    }
  };
  const verify = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await unwrap(
        api.POST('/v1/public/events/{eventId}/recovery/verify', {
          params: { path: { eventId } },
          body: { ...who(), code: code.trim() },
        }),
      );
      sessionStorage.setItem(storageKey(eventId), result.accessToken);
      onAccess({ accessToken: result.accessToken });
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'invalid_code'
          ? t('registrant.recover.invalid')
          : problemText(failure, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="recover-title">
      <h2 id="recover-title">{t('registrant.recover.title')}</h2>
      <p>{t('registrant.recover.intro')}</p>
      {error && (
        <Alert tone="error" focus>
          {error}
        </Alert>
      )}
      <form onSubmit={send} noValidate>
        <TextField
          id="recover-contact"
          label={t('registrant.recover.contact')}
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          maxLength={254}
          autoComplete="email"
          required
        />
        <div className="form-actions">
          <button type="submit" className="button block-mobile" disabled={busy || !contact.trim()}>
            {t('registrant.recover.send')}
          </button>
        </div>
      </form>
      {sent && (
        <form onSubmit={verify} noValidate>
          <Alert tone="info">{t('registrant.recover.sent')}</Alert>
          <TextField
            id="recover-code"
            label={t('registrant.recover.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            inputMode="numeric"
            maxLength={6}
            autoComplete="one-time-code"
            required
          />
          <div className="form-actions">
            <button type="submit" className="button primary block-mobile" disabled={busy || code.trim().length !== 6}>
              {t('registrant.recover.verify')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
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
