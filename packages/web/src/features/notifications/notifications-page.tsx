import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { NOTIFICATIONS_CHANGED } from './notification-bell';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './notifications.css';

type Notice = components['schemas']['Notification'];

const changed = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));

/** Everything sent to the signed-in person, newest first: mark read, mark all read, open what it is about. */
export default function NotificationsPage() {
  const { t, lang } = useI18n();
  useTitle(t('notifications.title'));
  const list = usePagedList<Notice>(
    (cursor, signal) => unwrap(api.GET('/v1/me/notifications', { params: { query: { cursor, limit: 20 } }, signal })),
    ['/v1/me/notifications'],
  );
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  const markRead = async (notice: Notice) => {
    if (notice.read) return;
    try {
      const read = await unwrap(
        api.POST('/v1/me/notifications/{notificationId}/read', {
          params: { path: { notificationId: notice.notificationId } },
        }),
      );
      list.replace((n) => n.notificationId === notice.notificationId, read);
      changed();
    } catch (error) {
      setMessage({ tone: 'error', text: problemText(error, t) });
    }
  };

  const markAll = async () => {
    setBusy(true);
    try {
      const { marked } = await unwrap(api.POST('/v1/me/notifications/read-all'));
      setMessage({ tone: 'success', text: t('notifications.marked_all', { n: marked }) });
      changed();
    } catch (error) {
      setMessage({ tone: 'error', text: problemText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{t('notifications.title')}</h1>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {list.items.some((n) => !n.read) && (
        <div className="page-actions">
          <button type="button" className="button secondary" onClick={markAll} disabled={busy}>
            {t('notifications.mark_all_read')}
          </button>
        </div>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('notifications.empty')}</p>}
      <ul className="notice-list">
        {list.items.map((notice) => (
          <li key={notice.notificationId} className={`notice${notice.read ? '' : ' unread'}`} data-testid="notice">
            <div className="notice-main">
              <p className="notice-title">
                {!notice.read && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                {notice.title}
              </p>
              {notice.body !== notice.title && <p className="notice-meta">{notice.body}</p>}
              <p className="notice-meta">{formatDateTime(notice.createdAt, lang)}</p>
            </div>
            <div className="notice-actions">
              {notice.link && (
                <Link to={notice.link} className="button secondary" onClick={() => void markRead(notice)}>
                  {t('notifications.open')}
                </Link>
              )}
              {!notice.read && (
                <button type="button" className="button secondary" onClick={() => void markRead(notice)}>
                  {t('notifications.mark_read')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <LoadMore list={list} />
    </section>
  );
}
