import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import './notifications.css';

const POLL_MS = 60_000;
/** Dispatched on window by the notifications page after marking read, so the count follows at once. */
export const NOTIFICATIONS_CHANGED = 'aksu:notifications-changed';

/**
 * The header's bell with the unread count. Polls every minute while the page is visible, again when
 * the window regains focus or the route changes, and after the centre marks something read.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const location = useLocation();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    let controller: AbortController | undefined;
    const refresh = () => {
      if (document.visibilityState === 'hidden') return;
      controller?.abort();
      controller = new AbortController();
      unwrap(api.GET('/v1/me/notifications/unread-count', { signal: controller.signal })).then(
        (body) => setUnread(body.unread),
        () => {
          // A missed poll keeps the last count; the next one corrects it.
        },
      );
    };
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener('focus', refresh);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      controller?.abort();
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [location.pathname]);

  const label = unread > 0 ? t('bell.unread', { n: unread }) : t('bell.label');
  return (
    <Link to="/notifications" className="bell" aria-label={label} title={label} data-testid="bell">
      <svg
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 && (
        <span className="bell-count" aria-hidden="true" data-testid="bell-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
