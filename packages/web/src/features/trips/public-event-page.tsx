import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { QrCode } from '../../ui/qr-code';
import { RegistrationFields } from './registration-fields';
import { useI18n, type Translate } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText, type FieldErrors } from '../../lib/problem-text';
import {
  emptyRegistration,
  missingRegistrationFields,
  registrationFieldErrors,
  toRegistrationInput,
  type RegistrationDraft,
} from './registration-draft';
import { kindKey } from './trips';
import { idempotencyKey } from '../../lib/idempotency';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './trips.css';

type Receipt = {
  status: 'registered' | 'waitlisted' | 'cancelled';
  checkInToken: string;
  email: string;
  capacity: number;
  seatsLeft: number;
};

function refusal(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'already_registered') return t('reg.error.duplicate');
    if (error.code === 'rate_limited') return t('reg.error.rate_limited', { seconds: error.retryAfterSeconds ?? 60 });
    if (error.code === 'registration_closed') return t('reg.error.closed');
  }
  return problemText(error, t);
}

export default function PublicEventPage() {
  const { t, lang } = useI18n();
  const { eventId = '' } = useParams();
  const event = useResource(
    (signal) => unwrap(api.GET('/v1/public/events/{eventId}', { params: { path: { eventId } }, signal })),
    ['/v1/public/events/{eventId}', eventId],
  );
  const [draft, setDraft] = useState<RegistrationDraft>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<Receipt>();
  // One key per filled-in form: a retry after a dropped connection is not a second registration.
  const key = useRef(idempotencyKey());
  useTitle(event.data?.title ?? t('reg.title'));

  if (event.status === 'error') return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data) return <Loading />;
  const info = event.data;
  const form = draft ?? emptyRegistration(info.universityName);
  const set = <K extends keyof RegistrationDraft>(field: K, value: RegistrationDraft[K]) =>
    setDraft({ ...form, [field]: value });
  const open = info.status === 'scheduled';
  // The page's event was read before this registration; the receipt's count was read after it.
  const seats = receipt ?? info;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const local = missingRegistrationFields(form, t);
    if (Object.keys(local).length) {
      setErrors(local);
      setFailure(t('reg.error.fix_fields'));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const result = await unwrap(
        api.POST('/v1/public/events/{eventId}/registrations', {
          params: { path: { eventId }, header: { 'idempotency-key': key.current } },
          // The mails about this registration are written in the language the form was filled in.
          body: { ...toRegistrationInput(form), locale: lang },
        }),
      );
      setReceipt({ ...result, email: form.email.trim() });
    } catch (error) {
      setErrors(registrationFieldErrors(error, t));
      setFailure(refusal(error, t));
      key.current = idempotencyKey();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow public-event" aria-labelledby="event-title">
      <p className="eyebrow">{t(kindKey(info.kind))}</p>
      <h1 id="event-title">{info.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('event.starts_at')}</dt>
          <dd>{formatDateTime(info.startsAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('event.venue')}</dt>
          <dd>{info.venue}</dd>
        </div>
        <div>
          <dt>{t('event.university')}</dt>
          <dd>{info.universityName}</dd>
        </div>
        <div>
          <dt>{t('reg.seats_left')}</dt>
          <dd className="seats-left">
            {seats.seatsLeft > 0
              ? t('reg.seats_value', { left: seats.seatsLeft, capacity: seats.capacity })
              : t('reg.full')}
          </dd>
        </div>
      </dl>
      {receipt ? (
        <section className="panel receipt" aria-labelledby="receipt-title">
          <h2 id="receipt-title" className="receipt-status" tabIndex={-1}>
            {receipt.status === 'registered' ? t('reg.status.registered') : t('reg.status.waitlisted')}
          </h2>
          <p>{receipt.status === 'registered' ? t('reg.receipt.registered') : t('reg.receipt.waitlisted')}</p>
          <QrCode text={receipt.checkInToken} label={t('reg.qr_label')} />
          <p className="token">
            <span className="muted">{t('reg.token')}</span>{' '}
            <code className="check-in-token">{receipt.checkInToken}</code>
          </p>
          <p className="hint receipt-mailed">
            {t(receipt.status === 'registered' ? 'registrant.receipt.mailed' : 'registrant.receipt.mailed_waitlist', {
              email: receipt.email,
            })}
          </p>
          <p>
            <Link
              className="button block-mobile my-registration-link"
              to={`/e/${eventId}/my#t=${encodeURIComponent(receipt.checkInToken)}`}
            >
              {t('registrant.receipt.my_link')}
            </Link>
          </p>
        </section>
      ) : !open ? (
        <Alert tone="info">{t('reg.error.closed')}</Alert>
      ) : (
        <section className="panel" aria-labelledby="register-title">
          <h2 id="register-title">{t('reg.form_title')}</h2>
          {info.seatsLeft <= 0 && <Alert tone="warning">{t('reg.waitlist_notice')}</Alert>}
          <form className="registration-form" onSubmit={submit} noValidate>
            {failure && (
              <Alert tone="error" focus>
                {failure}
              </Alert>
            )}
            <RegistrationFields draft={form} set={set} errors={errors} />
            <div className="form-actions">
              <button type="submit" className="button primary block-mobile" disabled={busy}>
                {busy ? t('reg.submitting') : t('reg.submit')}
              </button>
            </div>
          </form>
        </section>
      )}
    </section>
  );
}
