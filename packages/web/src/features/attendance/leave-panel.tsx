import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { attendanceProblem } from './attendance';
import { fieldErrorsOf, type FieldErrors } from '../../lib/problem-text';
import { usePagedList } from '../../lib/use-resource';
import { Alert } from '../../ui/feedback';
import { TextAreaField, TextField } from '../../ui/field';

/** The intern's leave (请假): ask for days off with a reason, and see what the mentor decided. */
export function LeavePanel({ today }: { today: string }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/leave-requests', { params: { query: { limit: 20, cursor } }, signal })),
    ['/v1/leave-requests'],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (!reason.trim()) {
      setErrors({ reason: t('field.required') });
      return;
    }
    try {
      await unwrap(api.POST('/v1/leave-requests', { body: { from, to, reason } }));
      setErrors({});
      setReason('');
      setMessage({ tone: 'success', text: t('leave.submitted') });
    } catch (error) {
      setErrors(fieldErrorsOf(error, t));
      setMessage({ tone: 'error', text: attendanceProblem(error, t) });
    }
  }

  return (
    <section aria-labelledby="leave-title">
      <h2 id="leave-title">{t('leave.title')}</h2>
      <form onSubmit={submit} noValidate className="leave-form">
        <TextField
          id="leave-from"
          label={t('leave.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={errors.from}
          required
        />
        <TextField
          id="leave-to"
          label={t('leave.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={errors.to}
          required
        />
        <TextAreaField
          id="leave-reason"
          label={t('leave.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          required
          rows={2}
        />
        <button type="submit" className="button primary">
          {t('leave.submit')}
        </button>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('leave.none')}</p>}
      <ul className="row-list">
        {list.items.map((l) => (
          <li key={l.leaveId} className="row-item" data-testid="leave-request">
            <span>{t('leave.range', { from: l.from, to: l.to })}</span> ·{' '}
            <strong>{t(`leave.status.${l.status}`)}</strong>
            <p className="muted">{l.reason}</p>
            {l.decisionComment && <p>{t('leave.comment', { comment: l.decisionComment })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
