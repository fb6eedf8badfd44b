import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { XlsxDownload } from '../../ui/xlsx-download';
import { CopyLink } from './copy-link';
import { NoticeForm, type NoticeDraft } from './notice-form';
import {
  isMissing,
  isVersionConflict,
  moveAnnouncement,
  noticeStatusLabel,
  noticeUrl,
  TransitionRefused,
  type AnnouncementStatus,
} from './positions';
import { failedMove, RecordNotices, type RecordNotice } from './record-notices';
import './messages';
import './positions.css';

type Notice = RecordNotice<AnnouncementStatus>;

const ACTION: Record<AnnouncementStatus, 'jobs.publish_notice' | 'jobs.close_notice' | 'jobs.to_draft'> = {
  published: 'jobs.publish_notice',
  closed: 'jobs.close_notice',
  draft: 'jobs.to_draft',
};

/** One recruitment notice for organisers: its link, its status moves, and editing its text and positions. */
export default function NoticePage() {
  const { t } = useI18n();
  const { announcementId = '' } = useParams();
  const location = useLocation();
  const get = useCallback(
    (signal?: AbortSignal) =>
      unwrap(api.GET('/v1/announcements/{announcementId}', { params: { path: { announcementId } }, signal })),
    [announcementId],
  );
  const notice = useResource((signal) => get(signal), ['/v1/announcements/{announcementId}', announcementId, get]);
  const [message, setMessage] = useState<Notice>(
    (location.state as { created?: boolean } | null)?.created ? { kind: 'created' } : undefined,
  );
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [moving, setMoving] = useState(false);
  const [confirming, setConfirming] = useState(false);
  useTitle(notice.data?.title ?? t('jobs.notices_title'));

  if (notice.status === 'error' && isMissing(notice.error))
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">{t('jobs.notice_missing')}</h1>
        <p>{t('jobs.notice_missing_organiser')}</p>
        <Link to="/recruitment/notices">{t('jobs.back_to_notices')}</Link>
      </section>
    );
  if (notice.status === 'error') return <LoadError error={notice.error} onRetry={notice.reload} />;
  if (!notice.data) return <Loading />;
  const n = notice.data;
  const url = noticeUrl(n.slug);

  const move = async (to: AnnouncementStatus) => {
    setConfirming(false);
    setMoving(true);
    setMessage(undefined);
    try {
      notice.setData(await moveAnnouncement(announcementId, { to, version: n.version }));
      setMessage({ kind: 'moved' });
    } catch (error) {
      setMessage(failedMove(error, t));
      if (error instanceof TransitionRefused || isVersionConflict(error)) notice.setData(await get());
    } finally {
      setMoving(false);
    }
  };

  const save = async (draft: NoticeDraft) => {
    const patch = {
      version: n.version,
      ...(draft.title.trim() !== n.title ? { title: draft.title.trim() } : {}),
      ...(draft.body.trim() !== n.body ? { body: draft.body.trim() } : {}),
      ...(draft.positionIds.join() !== n.positionIds.join() ? { positionIds: draft.positionIds } : {}),
    };
    if (Object.keys(patch).length === 1) {
      setEditing(false);
      setMessage({ kind: 'unchanged' });
      return;
    }
    try {
      notice.setData(
        await unwrap(
          api.PATCH('/v1/announcements/{announcementId}', { params: { path: { announcementId } }, body: patch }),
        ),
      );
      setEditing(false);
      setConflict(false);
      setMessage({ kind: 'saved' });
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      notice.setData(await get());
      setConflict(true);
    }
  };

  return (
    <section className="page notice-page" aria-labelledby="notice-title">
      <p className="back">
        <Link to="/recruitment/notices">{t('jobs.back_to_notices')}</Link>
      </p>
      <div className="page-head">
        <div>
          <p className="eyebrow">{t('jobs.notice')}</p>
          <h1 id="notice-title">{n.title}</h1>
          <p className="card-meta">
            <span className={`badge badge-notice-${n.status}`}>{noticeStatusLabel(t, n.status)}</span>
            <span>{t('jobs.notice_count', { n: n.positionIds.length })}</span>
            <span className="muted">{t('jobs.version', { n: n.version })}</span>
          </p>
        </div>
        {n.status !== 'closed' && !editing && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setMessage(undefined);
              setConflict(false);
              setEditing(true);
            }}
          >
            {t('jobs.edit_notice')}
          </button>
        )}
        <XlsxDownload
          label={t('jobs.export_notice')}
          fallbackName="公告应聘人员.xlsx"
          request={() =>
            api.GET('/v1/announcements/{announcementId}/applications.xlsx', {
              params: { path: { announcementId: n.announcementId } },
              parseAs: 'blob',
            })
          }
        />
      </div>
      <RecordNotices
        notice={message}
        status={n.status}
        label={(s) => noticeStatusLabel(t, s)}
        created={t('jobs.notice_created')}
      />

      <section className="panel" aria-labelledby="notice-link-title">
        <h2 id="notice-link-title">{t('jobs.share_title')}</h2>
        <p className="hint">{t(`jobs.notice_status_hint.${n.status}`)}</p>
        <CopyLink url={url} />
        {n.status === 'published' && (
          <p>
            <Link to={`/notices/${n.slug}`}>{t('jobs.open_public_notice')}</Link>
          </p>
        )}
        {n.allowedTransitions.length > 0 && (
          <fieldset className="transition-actions plain-group" aria-label={t('jobs.actions')}>
            {n.allowedTransitions.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'published' ? 'button primary' : 'button secondary'}
                disabled={moving}
                onClick={() => (to === 'closed' ? setConfirming(true) : move(to))}
              >
                {t(ACTION[to])}
              </button>
            ))}
          </fieldset>
        )}
        {confirming && (
          <Alert tone="warning" title={t('jobs.confirm_close_notice')} focus>
            <p>{t('jobs.confirm_close_notice_body')}</p>
            <div className="form-actions">
              <button type="button" className="button danger" disabled={moving} onClick={() => move('closed')}>
                {t('jobs.close_notice')}
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </Alert>
        )}
      </section>

      <section className="panel" aria-labelledby="notice-content-title">
        <h2 id="notice-content-title">{editing ? t('jobs.edit_notice') : t('jobs.notice_content')}</h2>
        {editing ? (
          <NoticeForm
            key={n.version}
            initial={{ title: n.title, body: n.body, slug: n.slug, positionIds: n.positionIds }}
            creating={false}
            submitLabel={t('common.save')}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setConflict(false);
            }}
            notice={
              conflict ? (
                <Alert tone="warning" title={t('jobs.stale_title')} focus>
                  <p>{t('jobs.conflict_body')}</p>
                </Alert>
              ) : undefined
            }
          />
        ) : (
          <p className="prewrap">{n.body}</p>
        )}
      </section>
    </section>
  );
}
