import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import type { Registration } from './trips';
import { Alert } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { WaitlistAdmission, type Admission } from './waitlist-admission';

/**
 * Finds a registration by name or phone for someone whose code will not scan, shows where they
 * stand and offers what can be done for each: check in, admit from the waitlist, take back a
 * check-in made by mistake (both with the reason the audit trail keeps), or, once cancelled, the
 * walk-in registration.
 */
export function RegistrationSearch({
  eventId,
  version,
  full,
  onChanged,
  onAdmitted,
}: {
  eventId: string;
  version: number;
  full: boolean;
  onChanged(): void;
  onAdmitted(admission: Admission): void;
}) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<Registration[]>();
  const [failure, setFailure] = useState<string>();
  const [annulling, setAnnulling] = useState<string>();
  const [admitting, setAdmitting] = useState<string>();
  const [reason, setReason] = useState('');

  const search = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!q.trim()) return;
    setFailure(undefined);
    try {
      const page = await unwrap(
        api.GET('/v1/events/{eventId}/registrations', {
          params: { path: { eventId }, query: { q: q.trim(), limit: 20 } },
        }),
      );
      setResults(page.items);
    } catch (error) {
      setFailure(problemText(error, t));
    }
  };

  const checkIn = async (registrationId: string) => {
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/v1/events/{eventId}/registrations/{registrationId}/check-in', {
          params: { path: { eventId, registrationId } },
        }),
      );
      onChanged();
      await search();
    } catch (error) {
      setFailure(problemText(error, t));
    }
  };

  const annul = async (registrationId: string) => {
    if (reason.trim().length < 2) {
      setFailure(t('checkin.annul_reason_needed'));
      return;
    }
    try {
      await unwrap(
        api.POST('/v1/events/{eventId}/registrations/{registrationId}/annul-check-in', {
          params: { path: { eventId, registrationId } },
          body: { reason: reason.trim() },
        }),
      );
      setAnnulling(undefined);
      setReason('');
      onChanged();
      await search();
    } catch (error) {
      setFailure(problemText(error, t));
    }
  };

  return (
    <div className="registration-search" data-version={version}>
      <search>
        <form className="inline-search" onSubmit={search} noValidate>
          <TextField
            id="search-q"
            type="search"
            label={t('checkin.search_label')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            maxLength={60}
            autoComplete="off"
          />
          <button type="submit" className="button secondary">
            {t('checkin.search')}
          </button>
        </form>
      </search>
      {failure && <Alert tone="error">{failure}</Alert>}
      {results && results.length === 0 && <p className="muted">{t('checkin.search_none')}</p>}
      {results && results.length > 0 && (
        <ul className="plain-list registrations">
          {results.map((r) => (
            <li key={r.registrationId} className="registration-row">
              <p>
                <strong>{r.name}</strong> · {r.phone}
                {r.universityName ? ` · ${r.universityName}` : ''}
              </p>
              <p className="muted">
                {r.checkedInAt
                  ? t('checkin.checked_in_at', { time: formatDateTime(r.checkedInAt, lang) })
                  : r.status === 'waitlisted'
                    ? t('checkin.row_waitlisted')
                    : r.status === 'cancelled'
                      ? t('checkin.row_cancelled')
                      : t('checkin.row_not_checked_in')}
              </p>
              {r.status === 'waitlisted' && admitting !== r.registrationId && (
                <button type="button" className="button primary" onClick={() => setAdmitting(r.registrationId)}>
                  {t('checkin.admit', { name: r.name })}
                </button>
              )}
              {r.status === 'waitlisted' && admitting === r.registrationId && (
                <WaitlistAdmission
                  eventId={eventId}
                  registrationId={r.registrationId}
                  name={r.name}
                  full={full}
                  onCancel={() => setAdmitting(undefined)}
                  onDone={(admission) => {
                    setAdmitting(undefined);
                    onAdmitted(admission);
                    void search();
                  }}
                />
              )}
              {!r.checkedInAt && r.status === 'registered' && (
                <button type="button" className="button secondary" onClick={() => checkIn(r.registrationId)}>
                  {t('checkin.manual', { name: r.name })}
                </button>
              )}
              {r.checkedInAt && annulling !== r.registrationId && (
                <button type="button" className="button link danger" onClick={() => setAnnulling(r.registrationId)}>
                  {t('checkin.annul', { name: r.name })}
                </button>
              )}
              {annulling === r.registrationId && (
                <div className="annul">
                  <TextField
                    id={`annul-${r.registrationId}`}
                    label={t('checkin.annul_reason')}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    maxLength={500}
                    required
                  />
                  <div className="form-actions">
                    <button type="button" className="button danger" onClick={() => annul(r.registrationId)}>
                      {t('checkin.annul_confirm')}
                    </button>
                    <button type="button" className="button secondary" onClick={() => setAnnulling(undefined)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
