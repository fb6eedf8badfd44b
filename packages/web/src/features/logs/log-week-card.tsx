import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ActivityLog, LogWeek } from './logs-stipends';

/** One week of logs with its review state; `renderLog` lets the intern's page add editing. */
export function LogWeekCard({
  week,
  title,
  renderLog,
  children,
}: {
  week: LogWeek;
  title?: string;
  renderLog?: (log: ActivityLog) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const heading = t('logs.week_of', { from: week.weekStart, to: week.weekEnd });
  return (
    <article
      className="week-card"
      data-testid="log-week"
      data-week={week.weekStart}
      aria-label={title ? `${title} ${heading}` : heading}
    >
      <header>
        <h2>{title ? `${title} · ${heading}` : heading}</h2>
        <span className={`week-status week-status-${week.status}`} data-testid="week-status">
          {t(`week.${week.status}`)}
        </span>
      </header>
      <p className="muted">{t('logs.week_hours', { count: week.logCount, hours: week.hours })}</p>
      {week.status === 'returned' && week.comment && (
        <p className="field-error">{t('logs.mentor_comment', { comment: week.comment })}</p>
      )}
      {week.logs.map((log) =>
        renderLog ? <div key={log.logDate}>{renderLog(log)}</div> : <LogEntry key={log.logDate} log={log} />,
      )}
      {children}
    </article>
  );
}

export function LogEntry({ log, actions }: { log: ActivityLog; actions?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="log-entry" data-testid="log-entry">
      <p>
        <strong>{log.logDate}</strong> · {t(`category.${log.category}`)} · {t('logs.hours_value', { hours: log.hours })}
      </p>
      <p>{log.summary}</p>
      {log.attachments.map((a) => (
        <p key={a.url}>
          {t('logs.attachment')}：
          <a href={a.url} target="_blank" rel="noreferrer noopener">
            {a.name}
          </a>
        </p>
      ))}
      {actions}
    </div>
  );
}
