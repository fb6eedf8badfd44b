import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError } from '../../ui/feedback';
import { TextField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { attendanceProblem } from './attendance';
import { TIME_ZONE, timeIn, today } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './attendance.css';

/** A mentor's mentees' days (check-ins, leave, absences) and the leave requests waiting for them. */
export default function MenteeAttendancePage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('attendance.mentees_title'));
  const [date, setDate] = useState(today);
  const [comments, setComments] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const days = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/check-ins', { params: { query: { date, limit: 50, cursor } }, signal })),
    ['/v1/check-ins', date, user.mentorId],
  );
  const leave = usePagedList(
    (cursor, signal) =>
      unwrap(api.GET('/v1/leave-requests', { params: { query: { status: 'pending', limit: 50, cursor } }, signal })),
    ['/v1/leave-requests', user.mentorId],
  );
  const mentees = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/mentors/{mentorId}/mentees', {
          params: { path: { mentorId: user.mentorId ?? '' }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/mentors/{mentorId}/mentees', user.mentorId],
  );
  const names = new Map(mentees.items.map((m) => [m.registrationId, m.internName]));

  async function decide(leaveId: string, version: number, name: string, decision: 'approve' | 'reject') {
    setMessage(null);
    try {
      const comment = comments[leaveId]?.trim();
      await unwrap(
        api.POST('/v1/leave-requests/{leaveId}/decision', {
          params: { path: { leaveId } },
          body: { decision, version, ...(comment ? { comment } : {}) },
        }),
      );
      setMessage({ tone: 'success', text: t('leave.decided', { name }) });
    } catch (error) {
      setMessage({ tone: 'error', text: attendanceProblem(error, t) });
    }
  }

  const status = (s: string, at?: string, late?: boolean) =>
    s === 'present'
      ? t(late ? 'day.status.late_synced' : 'day.status.present', { time: at ? timeIn(at, TIME_ZONE) : '' })
      : s === 'leave'
        ? t('day.status.leave')
        : t('day.status.absent');

  return (
    <section className="page narrow" aria-labelledby="mentee-attendance-title">
      <h1 id="mentee-attendance-title">{t('attendance.mentees_title')}</h1>
      <section aria-labelledby="pending-leave-title">
        <h2 id="pending-leave-title">{t('leave.pending_title')}</h2>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        {leave.status === 'error' && <LoadError error={leave.error} onRetry={leave.reload} />}
        {leave.status === 'ready' && leave.items.length === 0 && <p className="muted">{t('leave.none')}</p>}
        <ul className="row-list">
          {leave.items.map((l) => (
            <li key={l.leaveId} className="row-item" data-testid="pending-leave">
              <p>
                <strong>{l.internName}</strong> · {t('leave.range', { from: l.from, to: l.to })}
              </p>
              <p className="muted">{l.reason}</p>
              <div className="leave-decision">
                <TextField
                  id={`comment-${l.leaveId}`}
                  label={t('leave.decision_comment')}
                  value={comments[l.leaveId] ?? ''}
                  onChange={(e) => setComments({ ...comments, [l.leaveId]: e.target.value })}
                />
                <button
                  type="button"
                  className="button primary"
                  onClick={() => decide(l.leaveId, l.version, l.internName, 'approve')}
                >
                  {t('leave.approve')}
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => decide(l.leaveId, l.version, l.internName, 'reject')}
                >
                  {t('leave.reject')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <TextField
        id="mentee-date"
        label={t('attendance.date')}
        type="date"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
      {days.status === 'error' && <LoadError error={days.error} onRetry={days.reload} />}
      {days.status === 'ready' && days.items.length === 0 && <p className="muted">{t('attendance.no_mentee_days')}</p>}
      <ul className="row-list">
        {days.items.map((d) => (
          <li key={`${d.registrationId}-${d.date}`} className="row-item" data-testid="mentee-day">
            <strong>{names.get(d.registrationId) ?? d.registrationId}</strong> ·{' '}
            {status(d.status, d.checkedInAt, d.syncedLate)}
            {d.outsideRadius && <p className="muted">{t('day.outside_radius', { distance: d.distanceM ?? 0 })}</p>}
          </li>
        ))}
      </ul>
      <LoadMore list={days} />
    </section>
  );
}
