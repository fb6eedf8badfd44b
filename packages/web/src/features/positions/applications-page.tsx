import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { degreeKey, formatDateTime } from '../../lib/format';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { XlsxDownload } from '../../ui/xlsx-download';
import {
  APPLICATION_STATUSES,
  ApplicationBadge,
  applicationStatusLabel,
  type ApplicationStatus,
} from './applications-shared';
import { StatusTabs } from './status-tabs';
import './messages';
import './positions.css';

/** A position's applications for organisers, oldest first, all or by status, each opening its screening page. */
export default function ApplicationsPage() {
  const { t, lang } = useI18n();
  const { positionId = '' } = useParams();
  const [status, setStatus] = useState<ApplicationStatus | ''>('');
  const reviewer = useUser().role === 'reviewer';
  const get = useCallback(
    (signal?: AbortSignal) =>
      unwrap(api.GET('/v1/positions/{positionId}', { params: { path: { positionId } }, signal })),
    [positionId],
  );
  const position = useResource((signal) => get(signal), ['/v1/positions/{positionId}', positionId, get]);
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/positions/{positionId}/applications', {
          params: { path: { positionId }, query: { limit: 50, cursor, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    ['/v1/positions/{positionId}/applications', positionId, status],
  );
  const title = position.data ? `${t('screening.title')} · ${position.data.title}` : t('screening.title');
  useTitle(title);

  return (
    <section className="page" aria-labelledby="applications-title">
      <p className="back">
        {/* A unit's reviewer has no position page: its way back is its unit's positions. */}
        {reviewer ? (
          <Link to="/unit">{t('reviewing.back_home')}</Link>
        ) : (
          <Link to={`/recruitment/positions/${positionId}`}>{t('screening.back_to_position')}</Link>
        )}
      </p>
      <div className="page-head">
        <div>
          {position.data && <p className="eyebrow">{position.data.unitName}</p>}
          <h1 id="applications-title">{title}</h1>
        </div>
        {/* Organisers export from the position's page; a reviewer has none, so its export is here. */}
        {reviewer && (
          <XlsxDownload
            label={t('jobs.export_position')}
            fallbackName="应聘人员.xlsx"
            request={() =>
              api.GET('/v1/positions/{positionId}/applications.xlsx', {
                params: { path: { positionId } },
                parseAs: 'blob',
              })
            }
          />
        )}
      </div>
      {position.status === 'error' && <LoadError error={position.error} onRetry={position.reload} />}
      <StatusTabs
        statuses={APPLICATION_STATUSES}
        value={status}
        onChange={setStatus}
        label={(s) => applicationStatusLabel(t, s)}
      />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <Alert
          tone="info"
          title={
            status
              ? t('screening.none_in_status', { status: applicationStatusLabel(t, status) })
              : t('screening.none_yet')
          }
        >
          {!status && <p>{t('screening.none_yet_next')}</p>}
        </Alert>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <>
          {/* A total only once every page is in: the list is paged, and a count of one page would mislead. */}
          {!list.nextCursor && <p className="muted">{t('screening.count', { n: list.items.length })}</p>}
          <ul className="card-list">
            {list.items.map((a) => (
              <li key={a.applicationId} className="card application-card">
                <h2>
                  <Link to={`/recruitment/positions/${positionId}/applications/${a.applicationId}`}>{a.name}</Link>
                </h2>
                <p className="card-meta">
                  <ApplicationBadge status={a.status} />
                  <span>{t(degreeKey(a.degreeLevel))}</span>
                  <span>{a.universityName}</span>
                  <span>{a.discipline}</span>
                  <span className="muted">
                    {t('screening.applied_at', { time: formatDateTime(a.createdAt, lang) })}
                  </span>
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
