import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { CameraScan, cameraAvailable } from './camera-scan';
import { LoadError, Loading } from '../../ui/feedback';
import { RegistrationSearch } from './registration-search';
import { WaitlistAdmission, type Admission } from './waitlist-admission';
import { WalkInForm } from './walk-in-form';
import { XlsxDownload } from '../../ui/xlsx-download';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './trips.css';

/** Other devices check people in at the same door; the counts catch up this often. */
const REFRESH_MS = 10_000;

type Outcome =
  | { kind: 'ok'; name: string }
  | { kind: 'already'; at?: string }
  | { kind: 'invalid' }
  | { kind: 'waitlisted'; registrationId: string; name: string }
  | { kind: 'cancelled'; name: string }
  | { kind: 'admitted'; name: string; overCapacity: boolean }
  | { kind: 'failed' }
  | { kind: 'walk_in'; name: string };

export default function CheckInPage() {
  const { t, lang } = useI18n();
  const { eventId = '' } = useParams();
  const [tick, setTick] = useState(0);
  const event = useResource(
    (signal) => unwrap(api.GET('/v1/events/{eventId}', { params: { path: { eventId } }, signal })),
    ['/v1/events/{eventId}', eventId],
  );
  const counts = useResource(
    async (signal) =>
      (
        await unwrap(
          api.GET('/v1/events/{eventId}/attendance', { params: { path: { eventId }, query: { limit: 1 } }, signal }),
        )
      ).counts,
    ['/v1/events/{eventId}/attendance', eventId, tick],
  );
  const [token, setToken] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [camera, setCamera] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useTitle(t('checkin.title'));

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const admit = async (code: string) => {
    const trimmed = code.trim();
    if (!trimmed || busy) return;
    setBusy(true);
    // The problem body is read directly: the 409 carries the first check-in's time beside the code.
    const { data, error, response } = await api
      .POST('/v1/events/{eventId}/check-ins', { params: { path: { eventId } }, body: { token: trimmed } })
      .catch(() => ({ data: undefined, error: undefined, response: undefined }));
    const problem = error as
      | { code?: string; checkedInAt?: string; registrationStatus?: string; registrationId?: string; name?: string }
      | undefined;
    if (data) setOutcome({ kind: 'ok', name: data.name });
    else if (problem?.code === 'already_checked_in') setOutcome({ kind: 'already', at: problem.checkedInAt });
    else if (problem?.registrationStatus === 'waitlisted' && problem.registrationId)
      setOutcome({ kind: 'waitlisted', registrationId: problem.registrationId, name: problem.name ?? '' });
    else if (problem?.registrationStatus === 'cancelled') setOutcome({ kind: 'cancelled', name: problem.name ?? '' });
    else if (problem?.code === 'not_found' || problem?.code === 'validation_failed') setOutcome({ kind: 'invalid' });
    else setOutcome({ kind: response ? 'invalid' : 'failed' });
    setToken('');
    setBusy(false);
    setTick((n) => n + 1);
    // Ready for the next person: a scanner gun types into whatever has focus.
    input.current?.focus();
  };

  const admitted = (admission: Admission) => {
    setOutcome({ kind: 'admitted', name: admission.name, overCapacity: admission.overCapacity });
    setTick((n) => n + 1);
    input.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void admit(token);
  };

  if (event.status === 'error') return <LoadError error={event.error} onRetry={event.reload} />;
  if (event.status === 'loading' && !event.data) return <Loading />;

  const full = Boolean(counts.data && counts.data.registered >= counts.data.capacity);
  const message =
    outcome &&
    {
      ok: { tone: 'success', title: t('checkin.ok'), body: outcome.kind === 'ok' ? outcome.name : '' },
      already: {
        tone: 'warning',
        title: t('checkin.already'),
        body:
          outcome.kind === 'already' && outcome.at
            ? t('checkin.checked_in_at', { time: formatDateTime(outcome.at, lang) })
            : '',
      },
      invalid: { tone: 'error', title: t('checkin.invalid'), body: t('checkin.invalid_body') },
      waitlisted: {
        tone: 'warning',
        title: t('checkin.waitlisted'),
        body: outcome.kind === 'waitlisted' ? t('checkin.waitlisted_body', { name: outcome.name }) : '',
      },
      cancelled: {
        tone: 'error',
        title: t('checkin.cancelled'),
        body: outcome.kind === 'cancelled' ? t('checkin.cancelled_body', { name: outcome.name }) : '',
      },
      admitted: {
        tone: outcome.kind === 'admitted' && outcome.overCapacity ? 'warning' : 'success',
        title: t('checkin.ok'),
        body:
          outcome.kind === 'admitted'
            ? t(outcome.overCapacity ? 'checkin.admitted_over' : 'checkin.admitted', { name: outcome.name })
            : '',
      },
      failed: { tone: 'error', title: t('error.network_error'), body: '' },
      walk_in: {
        tone: 'success',
        title: t('checkin.ok'),
        body: outcome.kind === 'walk_in' ? t('checkin.walk_in_done', { name: outcome.name }) : '',
      },
    }[outcome.kind];

  return (
    <section className="page narrow check-in" aria-labelledby="check-in-title">
      <h1 id="check-in-title">{t('checkin.title')}</h1>
      {event.data && <p className="card-meta">{event.data.title}</p>}
      <p className="check-in-counts" aria-live="polite">
        {counts.data
          ? t('checkin.counts', {
              checkedIn: counts.data.checkedIn,
              registered: counts.data.registered,
              waitlisted: counts.data.waitlisted,
              walkIns: counts.data.walkIns,
            })
          : t('common.loading')}
      </p>
      <form className="scan-form panel" onSubmit={submit} noValidate>
        <label htmlFor="token">{t('checkin.token_label')}</label>
        <p id="token-hint" className="hint">
          {t('checkin.token_hint')}
        </p>
        <div className="scan-row">
          <input
            id="token"
            ref={input}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            aria-describedby="token-hint"
            // biome-ignore lint/a11y/noAutofocus: a scanner gun types into the focused field
            autoFocus
          />
          <button type="submit" className="button primary" disabled={busy}>
            {t('checkin.submit')}
          </button>
        </div>
        {cameraAvailable() &&
          (camera ? (
            <CameraScan onCode={(code) => void admit(code)} onClose={() => setCamera(false)} />
          ) : (
            <button type="button" className="button secondary" onClick={() => setCamera(true)}>
              {t('checkin.camera_open')}
            </button>
          ))}
      </form>
      <div className="scan-result" role="status" aria-live="assertive">
        {message && (
          <div className={`alert alert-${message.tone} scan-outcome`}>
            <p className="alert-title">{message.title}</p>
            {message.body && <p>{message.body}</p>}
          </div>
        )}
      </div>
      {outcome?.kind === 'waitlisted' && (
        <WaitlistAdmission
          key={outcome.registrationId}
          eventId={eventId}
          registrationId={outcome.registrationId}
          name={outcome.name}
          full={full}
          onDone={admitted}
          onCancel={() => setOutcome(undefined)}
        />
      )}
      <section className="panel" aria-labelledby="search-title">
        <h2 id="search-title">{t('checkin.search_title')}</h2>
        <RegistrationSearch
          eventId={eventId}
          version={tick}
          full={full}
          onChanged={() => setTick((n) => n + 1)}
          onAdmitted={admitted}
        />
      </section>
      <XlsxDownload
        label={t('checkin.attendance_download')}
        fallbackName={`${event.data?.title ?? eventId}.xlsx`}
        request={() =>
          api.GET('/v1/events/{eventId}/attendance.xlsx', { params: { path: { eventId } }, parseAs: 'blob' })
        }
      />
      <section className="panel" aria-labelledby="walk-in-title">
        <h2 id="walk-in-title">{t('checkin.walk_in_title')}</h2>
        <WalkInForm
          eventId={eventId}
          onDone={(name) => {
            setOutcome({ kind: 'walk_in', name });
            setTick((n) => n + 1);
          }}
        />
      </section>
    </section>
  );
}
