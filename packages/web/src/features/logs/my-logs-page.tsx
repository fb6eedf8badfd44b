import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { LogForm, type LogDraft } from './log-form';
import { LogEntry, LogWeekCard } from './log-week-card';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/format';
import { addDays, logsProblemText, type ActivityLog, type LogWeek } from './logs-stipends';
import { LOG_KIND, registerLogSender, submitLog } from './log-sync';
import { useOfflineQueue } from '../../lib/offline-queue';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

/** The intern's activity log on a phone: today's log first, then the weeks with the mentor's review. */
export default function MyLogsPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('logs.title'));
  const registrationId = user.internId ?? '';
  const placement = useResource(
    (signal) =>
      unwrap(api.GET('/v1/placements/{registrationId}', { params: { path: { registrationId } }, signal })).then(
        (p) => p,
        (e: unknown) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e)),
      ),
    ['/v1/placements/{registrationId}', registrationId],
  );
  const weeks = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/interns/{registrationId}/log-weeks', {
          params: { path: { registrationId }, query: { limit: 10, cursor } },
          signal,
        }),
      ),
    ['/v1/interns/{registrationId}/log-weeks', registrationId],
  );

  const queue = useOfflineQueue(LOG_KIND, user.userId);
  useEffect(() => registerLogSender(user.userId), [user.userId]);
  const waiting = queue.items.filter((i) => i.state !== 'synced');
  // The banner lasts while something waits on the phone, and goes once the queue has sent it.
  const pending = queue.items.some((i) => i.state === 'pending');
  const written = new Set([
    ...weeks.items.flatMap((w) => w.logs.map((l) => l.logDate)),
    ...queue.items.filter((i) => i.state !== 'failed').map((i) => (i.payload as { draft: LogDraft }).draft.logDate),
  ]);
  const firstDay = placement.data?.startDate ?? addDays(today(), -6);
  let openDay = today();
  while (written.has(openDay) && openDay > firstDay) openDay = addDays(openDay, -1);

  const create = async (draft: LogDraft) => {
    const outcome = await submitLog(user.userId, registrationId, draft);
    return outcome === 'queued' ? undefined : t('logs.saved');
  };

  if (placement.status === 'loading' || (weeks.status === 'loading' && weeks.items.length === 0)) return <Loading />;
  if (placement.status === 'error') return <LoadError error={placement.error} onRetry={placement.reload} />;
  return (
    <section className="page narrow" aria-labelledby="logs-title">
      <h1 id="logs-title">{t('logs.title')}</h1>
      {pending && <Alert tone="warning">{t('logs.queued')}</Alert>}
      {!placement.data ? (
        <Alert tone="info">{t('logs.not_placed')}</Alert>
      ) : (
        <section className="panel" aria-labelledby="today-title">
          <h2 id="today-title">{t('logs.today')}</h2>
          {written.has(today()) && <p className="muted">{t('logs.today_written')}</p>}
          <LogForm
            idPrefix="log"
            initial={{ logDate: openDay, hours: 8, category: 'fieldwork', summary: '', attachments: [] }}
            dateEditable
            writtenDates={written}
            submitLabel={t('logs.submit')}
            onSubmit={create}
          />
        </section>
      )}
      {waiting.length > 0 && (
        <ul className="row-list" aria-label={t('logs.queued')}>
          {waiting.map((item) => (
            <li key={item.id} className="row-item" data-testid="queued-log">
              {(item.payload as { draft: { logDate: string } }).draft.logDate} ·{' '}
              {item.state === 'failed'
                ? logsProblemText(new ApiError({ code: item.code ?? 'conflict', status: 409, detail: '' }), t)
                : t('logs.queued')}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('logs.history')}</h2>
      {weeks.status === 'loading' && <Loading />}
      {weeks.status === 'error' && <LoadError error={weeks.error} onRetry={weeks.reload} />}
      {weeks.status === 'ready' && (
        <>
          {weeks.items.length === 0 && <p className="result-count">{t('logs.none')}</p>}
          <div className="row-list">
            {weeks.items.map((week) => (
              <InternWeek key={week.weekStart} registrationId={registrationId} week={week} />
            ))}
          </div>
          <LoadMore list={weeks} />
        </>
      )}
    </section>
  );
}

function InternWeek({ registrationId, week }: { registrationId: string; week: LogWeek }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const locked = week.status === 'approved';

  const save = async (log: ActivityLog, draft: LogDraft) => {
    await unwrap(
      api.PATCH('/v1/interns/{registrationId}/activity-logs/{logDate}', {
        params: { path: { registrationId, logDate: log.logDate } },
        body: {
          version: log.version,
          hours: draft.hours,
          category: draft.category,
          summary: draft.summary,
          attachments: draft.attachments,
        },
      }),
    );
    setEditing(undefined);
    return t('logs.saved');
  };

  const resubmit = async () => {
    setFailure(undefined);
    try {
      await unwrap(
        api.POST('/v1/interns/{registrationId}/log-weeks/{weekStart}/resubmit', {
          params: { path: { registrationId, weekStart: week.weekStart } },
        }),
      );
    } catch (error) {
      setFailure(logsProblemText(error, t));
    }
  };

  return (
    <LogWeekCard
      week={week}
      renderLog={(log) =>
        editing === log.logDate ? (
          <LogForm
            idPrefix={`edit-${log.logDate}`}
            initial={log}
            dateEditable={false}
            submitLabel={t('logs.save')}
            onSubmit={(draft) => save(log, draft)}
            onCancel={() => setEditing(undefined)}
          />
        ) : (
          <LogEntry
            log={log}
            actions={
              !locked && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setEditing(log.logDate)}
                  aria-label={`${t('logs.edit')} ${log.logDate}`}
                >
                  {t('logs.edit')}
                </button>
              )
            }
          />
        )
      }
    >
      {locked && <p className="muted">{t('logs.locked')}</p>}
      {failure && <Alert tone="error">{failure}</Alert>}
      {week.status === 'returned' && (
        <div className="actions-row">
          <button type="button" className="button primary" onClick={resubmit}>
            {t('logs.resubmit')}
          </button>
        </div>
      )}
    </LogWeekCard>
  );
}
