import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { ANNOUNCEMENT_STATUSES, noticeStatusLabel, type AnnouncementStatus } from './positions';
import { RecruitmentTabs } from './recruitment-tabs';
import { StatusTabs } from './status-tabs';
import './messages';
import './positions.css';

/** The recruitment notices, newest first, all or by status. */
export default function NoticesPage() {
  const { t, lang } = useI18n();
  useTitle(t('jobs.notices_title'));
  const [status, setStatus] = useState<AnnouncementStatus | ''>('');
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/announcements', {
          params: { query: { limit: 50, cursor, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    ['/v1/announcements', status],
  );
  return (
    <section className="page" aria-labelledby="notices-title">
      <div className="page-head">
        <h1 id="notices-title">{t('jobs.notices_title')}</h1>
        <Link to="/recruitment/notices/new" className="button primary">
          {t('jobs.new_notice')}
        </Link>
      </div>
      <RecruitmentTabs />
      <StatusTabs
        statuses={ANNOUNCEMENT_STATUSES}
        value={status}
        onChange={setStatus}
        label={(s) => noticeStatusLabel(t, s)}
      />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <Alert tone="info" title={t('jobs.no_notices')}>
          <p>{t('jobs.no_notices_next')}</p>
        </Alert>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <>
          <ul className="card-list">
            {list.items.map((n) => (
              <li key={n.announcementId} className="card notice-card">
                <h2>
                  <Link to={`/recruitment/notices/${n.announcementId}`}>{n.title}</Link>
                </h2>
                <p className="card-meta">
                  <span className={`badge badge-notice-${n.status}`}>{noticeStatusLabel(t, n.status)}</span>
                  <span>{t('jobs.notice_count', { n: n.positionIds.length })}</span>
                  <span className="muted">{formatDateTime(n.createdAt, lang)}</span>
                </p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
