import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { Alert } from '../../ui/feedback';
import { formatSize, openAttachment, type ServiceRequest, statusKey } from './request-files';

/** The status in words, and overdue said as a word too: colour alone says nothing to some readers. */
export function RequestStatus({ request }: { request: ServiceRequest }) {
  const { t } = useI18n();
  return (
    <span className="request-status">
      <span className={`badge badge-req-${request.status}`} data-field="status">
        {t(statusKey(request.status))}
      </span>
      {request.overdue && (
        <span className="badge badge-p-overdue" data-field="overdue">
          {t('req.overdue')}
        </span>
      )}
    </span>
  );
}

/** Each file as a button that fetches a fresh signed link and downloads it. */
export function AttachmentList({ request, side }: { request: ServiceRequest; side: 'person' | 'organiser' }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  if (request.attachments.length === 0) return null;
  const open = (attachmentId: string) => {
    setFailed(false);
    openAttachment(request.requestId, attachmentId, side).catch(() => setFailed(true));
  };
  return (
    <div className="request-files">
      <h3>{t('req.attachments')}</h3>
      <ul>
        {request.attachments.map((a) => (
          <li key={a.attachmentId}>
            <button
              type="button"
              className="button link"
              aria-label={t('req.download', { name: a.name })}
              onClick={() => open(a.attachmentId)}
            >
              {t('req.file_size', { name: a.name, size: formatSize(a.size) })}
            </button>
          </li>
        ))}
      </ul>
      {failed && <Alert tone="error">{t('req.link_failed')}</Alert>}
    </div>
  );
}

/** The commissioner's notes the person reads, oldest first. */
export function RequestNotes({ request }: { request: ServiceRequest }) {
  const { t, lang } = useI18n();
  return (
    <div className="request-notes">
      <h3>{t('req.notes')}</h3>
      {request.notes.length === 0 ? (
        <p className="muted">{t('req.no_notes')}</p>
      ) : (
        <ol>
          {request.notes.map((n) => (
            <li key={n.at}>
              <time dateTime={n.at}>{formatDateTime(n.at, lang)}</time>
              <p>{n.text}</p>
            </li>
          ))}
        </ol>
      )}
      {request.reason && (
        <p>
          <strong>{t('req.reason')}</strong>: {request.reason}
        </p>
      )}
    </div>
  );
}

/** The dates that matter: when it came, by when it is due (overdue said plainly), when it closed. */
export function RequestDates({ request }: { request: ServiceRequest }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="request-dates">
        <dt>{t('req.received_on')}</dt>
        <dd>{request.receivedOn}</dd>
        <dt>{t('req.due_on')}</dt>
        <dd data-field="due">{request.dueOn}</dd>
        {request.closedOn && (
          <>
            <dt>{t('req.closed_on')}</dt>
            <dd>{request.closedOn}</dd>
          </>
        )}
      </dl>
      {request.overdue && <p className="request-overdue">{t('req.overdue_plain', { date: request.dueOn })}</p>}
    </>
  );
}
