import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LeavePanel } from './leave-panel';
import { useI18n, type Translate } from '../../i18n/i18n';
import { attendanceProblem, CHECK_IN_KIND, codeText, quietLocation } from './attendance';
import { dateIn, timeIn } from '../../lib/format';
import { dismiss, queuedItems, registerSender, useOfflineQueue, type QueuedItem } from '../../lib/offline-queue';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './attendance.css';

type Location = { lat: number; lng: number; accuracyM: number };

async function send(item: QueuedItem): Promise<void> {
  const payload = item.payload as { location?: Location };
  try {
    await unwrap(
      api.POST('/v1/check-ins', {
        body: {
          happenedAt: item.happenedAt,
          clientNonce: item.id.replace(/[^A-Za-z0-9._:-]/g, '').slice(0, 100),
          ...(payload.location ? { location: payload.location } : {}),
        },
      }),
    );
  } catch (error) {
    // The day is already checked in (an earlier send whose answer was lost, or another device): nothing left to do.
    if (error instanceof ApiError && error.code === 'already_checked_in') return;
    throw error;
  }
}

function statusText(t: Translate, outcome: string, checkedInAt: string | undefined, timeZone: string): string {
  const time = checkedInAt ? timeIn(checkedInAt, timeZone) : '';
  if (outcome === 'present') return t('day.status.present', { time });
  if (outcome === 'late_synced') return t('day.status.late_synced', { time });
  if (outcome === 'leave') return t('day.status.leave');
  if (outcome === 'absent') return t('day.status.absent');
  return t('day.status.future');
}

type AttendanceView = { today: string; checkInWindow: { start: string; end: string }; days: { date: string }[] };

/**
 * Outside the window the button cannot work, so the card says why and when it opens next: later
 * today, or on the next day of the practice (none after the last).
 */
function windowNote(t: Translate, view: AttendanceView, time: string): string | undefined {
  const { start, end } = view.checkInWindow;
  if (time < start) return t('day.window_later', { start });
  if (time <= end) return undefined;
  const next = view.days.find((d) => d.date > view.today);
  return next ? t('day.window_closed_next', { end, date: next.date, start }) : t('day.window_closed_last', { end });
}

/** The intern's phone page: one big 签到 button with today's status, offline check-ins, history and leave. */
export default function MyDayPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('day.title'));
  const internId = user.internId ?? '';
  const attendance = useResource(
    (signal) =>
      unwrap(
        api.GET('/v1/interns/{registrationId}/attendance', { params: { path: { registrationId: internId } }, signal }),
      ),
    ['/v1/interns/{registrationId}/attendance', internId],
  );
  const queue = useOfflineQueue(CHECK_IN_KIND, user.userId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => registerSender(CHECK_IN_KIND, user.userId, send), [user.userId]);
  // The window opens and closes while the page stays open on the phone.
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date().toISOString()), 30_000);
    return () => window.clearInterval(timer);
  }, []);

  const checkIn = useCallback(async () => {
    setBusy(true);
    setError(null);
    const happenedAt = new Date();
    const location = await quietLocation();
    const item = queue.enqueue(location ? { location } : {}, happenedAt);
    if (queue.offline) {
      setBusy(false);
      return;
    }
    try {
      await queue.flush();
    } catch (e) {
      setError(e);
    }
    const stored = queuedItems(CHECK_IN_KIND, user.userId).find((i) => i.id === item.id);
    if (stored?.state === 'failed') {
      setError(new ApiError({ code: stored.code ?? 'unknown', status: 422, detail: '' }));
      dismiss(item.id);
    }
    setBusy(false);
  }, [queue, user.userId]);

  if (!internId) return <p>{t('day.not_placed')}</p>;
  if (attendance.status === 'loading' && !attendance.data) return <Loading />;
  if (attendance.status === 'error' && !attendance.data) {
    if (attendance.error instanceof ApiError && attendance.error.code === 'not_found') {
      return (
        <section className="page narrow">
          <h1>{t('day.title')}</h1>
          <p>{t('day.not_placed')}</p>
        </section>
      );
    }
    return <LoadError error={attendance.error} onRetry={attendance.reload} />;
  }
  const view = attendance.data!;
  const today = view.days.find((d) => d.date === view.today);
  const pendingToday = queue.items.find(
    (i) => i.state === 'pending' && dateIn(i.happenedAt, view.timeZone) === view.today,
  );
  // An absent day is not done: it only means the window has passed, which the note below explains.
  const doneToday = !!today && today.outcome !== 'future' && today.outcome !== 'absent';
  const closed = doneToday || pendingToday ? undefined : windowNote(t, view, timeIn(now, view.timeZone));
  const history = view.days.filter((d) => d.outcome !== 'future').reverse();
  const shown = queue.items.filter(
    (i) => i.state !== 'synced' || Date.now() - Date.parse(i.syncedAt ?? '') < 24 * 3600_000,
  );

  return (
    <section className="page narrow my-day" aria-labelledby="day-title">
      <h1 id="day-title">{t('day.title')}</h1>
      <p className="muted">
        {t('day.today', { date: view.today, zone: view.timeZone })} ·{' '}
        {t('day.window', { start: view.checkInWindow.start, end: view.checkInWindow.end })}
      </p>
      {queue.offline && <Alert tone="warning">{t('day.offline')}</Alert>}
      <p className="day-status" data-testid="day-status">
        {pendingToday
          ? `${t('day.status.present', { time: timeIn(pendingToday.happenedAt, view.timeZone) })} · ${t('day.queued')}`
          : statusText(t, today?.outcome ?? 'future', today?.checkedInAt, view.timeZone)}
      </p>
      <button
        type="button"
        className="check-in-button"
        onClick={checkIn}
        disabled={busy || doneToday || !!pendingToday || !!closed}
        aria-describedby={closed ? 'day-window-note' : undefined}
      >
        {busy ? t('day.checking_in') : t('day.check_in')}
      </button>
      {closed && (
        <p id="day-window-note" className="day-window-note" data-testid="day-window-note">
          {closed}
        </p>
      )}
      {error !== null && <Alert tone="error">{attendanceProblem(error, t)}</Alert>}

      {shown.length > 0 && (
        <section aria-labelledby="queue-title">
          <h2 id="queue-title">{t('day.queue_title')}</h2>
          <ul className="row-list">
            {shown.map((i) => (
              <li key={i.id} className="row-item" data-testid="queued-check-in">
                {t('day.queue_item', {
                  time: `${dateIn(i.happenedAt, view.timeZone)} ${timeIn(i.happenedAt, view.timeZone)}`,
                })}{' '}
                ·{' '}
                <strong>
                  {i.state === 'pending'
                    ? t('day.queued')
                    : i.state === 'synced'
                      ? t('day.synced')
                      : codeText(i.code, t)}
                </strong>
                {i.state === 'failed' && (
                  <button type="button" className="button secondary" onClick={() => dismiss(i.id)}>
                    {t('day.dismiss')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('day.history')}</h2>
        {history.length === 0 && <p className="muted">{t('day.no_history')}</p>}
        <ul className="row-list">
          {history.map((d) => (
            <li key={d.date} className={`row-item day-${d.outcome}`} data-testid="history-day">
              <span>{d.date}</span> <strong>{statusText(t, d.outcome, d.checkedInAt, view.timeZone)}</strong>
            </li>
          ))}
        </ul>
      </section>

      <LeavePanel today={view.today} />
    </section>
  );
}
