import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { QrCode } from '../../ui/qr-code';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { CopyLink } from './copy-link';
import { PositionCard } from './position-card';
import { isMissing, noticeUrl } from './positions';
import './messages';
import './positions.css';

function NotFound() {
  const { t } = useI18n();
  useTitle(t('jobs.notice_missing'));
  return (
    <section className="page narrow" aria-labelledby="missing-title">
      <h1 id="missing-title">{t('jobs.notice_missing')}</h1>
      <p>{t('jobs.notice_missing_body')}</p>
      <p>
        <Link className="button primary block-mobile" to="/positions">
          {t('jobs.see_all')}
        </Link>
      </p>
    </section>
  );
}

/** A recruitment notice (公告) by its link: its text, its published positions, and the link to pass on. */
export default function PublicNoticePage() {
  const { t, lang } = useI18n();
  const { slug = '' } = useParams();
  const notice = useResource(
    (signal) => unwrap(api.GET('/v1/public/announcements/{slug}', { params: { path: { slug } }, signal })),
    ['/v1/public/announcements/{slug}', slug],
  );
  useTitle(notice.data?.title ?? t('jobs.notice'));

  if (notice.status === 'error' && isMissing(notice.error)) return <NotFound />;
  if (notice.status === 'error') return <LoadError error={notice.error} onRetry={notice.reload} />;
  if (!notice.data) return <Loading />;
  const n = notice.data;
  const url = noticeUrl(n.slug);

  return (
    <section className="page narrow public-notice" aria-labelledby="notice-title">
      <p className="eyebrow">{t('jobs.notice')}</p>
      <h1 id="notice-title">{n.title}</h1>
      <p className="muted">{t('jobs.published_at', { at: formatDateTime(n.publishedAt, lang) })}</p>
      <p className="prewrap notice-body">{n.body}</p>
      <section aria-labelledby="notice-positions-title">
        <h2 id="notice-positions-title">{t('jobs.notice_positions', { n: n.positions.length })}</h2>
        {n.positions.length === 0 ? (
          <Alert tone="info" title={t('jobs.notice_empty')}>
            <p>{t('jobs.none_next')}</p>
          </Alert>
        ) : (
          <ul className="card-list position-list">
            {n.positions.map((position) => (
              <PositionCard key={position.positionId} position={position} />
            ))}
          </ul>
        )}
      </section>
      <section className="panel share" aria-labelledby="share-title">
        <h2 id="share-title">{t('jobs.share_title')}</h2>
        <p>{t('jobs.share_scan')}</p>
        <QrCode text={url} label={t('jobs.qr_label', { url })} />
        <CopyLink url={url} />
      </section>
      <p>
        <Link to="/positions">{t('jobs.see_all')}</Link>
      </p>
    </section>
  );
}
