import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField } from '../../ui/field';
import { type RequestStatus, type ServiceRequest, statusKey } from './request-files';

/**
 * The commissioner's step: a move the lifecycle allows (or none, a note only), a note the person
 * reads, and a reason when it cannot be resolved. Sent with the version read; if someone else moved
 * it first, the page reloads the request and says so.
 */
export function RequestStepForm({
  request,
  onSaved,
  onStale,
}: {
  request: ServiceRequest;
  onSaved: (r: ServiceRequest) => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const [to, setTo] = useState<RequestStatus | ''>(request.allowedTransitions[0] ?? '');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const { errors, failure, busy, send, reject } = useFormSubmit();

  if (request.allowedTransitions.length === 0) return <p className="muted">{t('req.closed_no_steps')}</p>;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (to === 'unresolvable' && !reason.trim()) return reject(['reason']);
    if (!to && !note.trim()) return reject(['note']);
    let stale = false;
    const next = await send(() =>
      unwrap(
        api.POST('/v1/talent-service/requests/{requestId}/steps', {
          params: { path: { requestId: request.requestId } },
          body: {
            version: request.version,
            ...(to ? { to } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(to === 'unresolvable' ? { reason: reason.trim() } : {}),
          },
        }),
      ).catch((error: unknown) => {
        stale = error instanceof ApiError && error.code === 'version_conflict';
        throw error;
      }),
    );
    if (stale) return onStale();
    if (!next) return;
    // The page keys this form by the version, so the saved request starts it afresh.
    onSaved(next);
  };

  return (
    <form className="request-step" onSubmit={submit} noValidate aria-labelledby="request-step-title">
      <h2 id="request-step-title">{t('req.step_title')}</h2>
      {failure && <Alert tone="error">{failure}</Alert>}
      <SelectField
        id="step-to"
        label={t('req.step_to')}
        value={to}
        onChange={(e) => setTo(e.target.value as RequestStatus)}
      >
        {request.allowedTransitions.map((s) => (
          <option key={s} value={s}>
            {t(statusKey(s))}
          </option>
        ))}
        <option value="">{t('req.step_keep')}</option>
      </SelectField>
      {to === 'unresolvable' && (
        <TextAreaField
          id="reason"
          label={t('req.step_reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          maxLength={2000}
          rows={3}
          required
        />
      )}
      <TextAreaField
        id="note"
        label={t('req.step_note')}
        hint={t('req.step_note_hint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
        maxLength={2000}
        rows={3}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('req.step_submit')}
        </button>
      </div>
    </form>
  );
}
