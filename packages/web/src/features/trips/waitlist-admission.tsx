import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import type { components } from '../../api/schema';
import { TextField } from '../../ui/field';

export type Admission = components['schemas']['WaitlistAdmission'];

/**
 * Seats and checks in, in one step, someone waiting who stands at the door. The reason is asked
 * first because the audit keeps it; when the event is full the staff are told that this goes past
 * its capacity before they decide.
 */
export function WaitlistAdmission({
  eventId,
  registrationId,
  name,
  full,
  onDone,
  onCancel,
}: {
  eventId: string;
  registrationId: string;
  name: string;
  full: boolean;
  onDone(admission: Admission): void;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `admit-${registrationId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 2) {
      setError(t('checkin.admit_reason_needed'));
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const admission = await unwrap(
        api.POST('/v1/events/{eventId}/registrations/{registrationId}/admit-from-waitlist', {
          params: { path: { eventId, registrationId } },
          body: { reason: reason.trim() },
        }),
      );
      onDone(admission);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.code === 'already_checked_in'
          ? t('checkin.admit_already')
          : problemText(failure, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="admit-form" onSubmit={submit} noValidate>
      <p>{full ? t('checkin.admit_full', { name }) : t('checkin.admit_seat', { name })}</p>
      <TextField
        id={id}
        label={t('checkin.admit_reason')}
        hint={t('checkin.admit_reason_hint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
        maxLength={500}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : t('checkin.admit_confirm', { name })}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
