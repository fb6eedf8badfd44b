import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { kindKey, statusKey, type Activity, type Partnership } from './partnerships';
import { usePagedList } from '../../lib/use-resource';
import { ActivityForm } from './activity-form';
import { LoadError, Loading } from '../../ui/feedback';

type Source = { partnershipId: string; universityId: string } | { universityId: string };

function ActivityItem({ activity: a, partnerships }: { activity: Activity; partnerships?: Partnership[] }) {
  const { t, lang } = useI18n();
  const linked = a.partnershipId ? partnerships?.find((p) => p.partnershipId === a.partnershipId) : undefined;
  return (
    <li className={`activity activity-${a.kind}`}>
      <p className="activity-head">
        <time dateTime={a.on}>{a.on}</time>
        <span className="activity-kind">{t(kindKey(a.kind))}</span>
      </p>
      <p className="activity-title">
        {a.kind === 'status_change' && a.fromStatus && a.toStatus
          ? t('activity.status_change', { from: t(statusKey(a.fromStatus)), to: t(statusKey(a.toStatus)) })
          : a.title}
      </p>
      {a.kind === 'status_change' && a.title && <p className="muted">{a.title}</p>}
      {linked && (
        <p className="muted">
          <Link to={`/partnerships/${linked.partnershipId}`}>{linked.title}</Link>
        </p>
      )}
      {a.participants.length > 0 && (
        <p>{t('activity.participants_value', { names: formatList(a.participants, lang) })}</p>
      )}
      {a.outcome && <p>{t('activity.outcome_value', { text: a.outcome })}</p>}
    </li>
  );
}

/**
 * A partnership's or a university's relationship timeline, newest first, with an add form for
 * organisers. Status changes appear here because the API records each transition as an entry.
 */
export function Timeline({
  source,
  canAdd,
  refreshKey,
  partnerships,
}: {
  source: Source;
  canAdd: boolean;
  refreshKey?: unknown;
  partnerships?: Partnership[];
}) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(0);
  // The ids, not `source`: callers build a new object on every render, which would restart the list each time.
  const { universityId } = source;
  const partnershipId = 'partnershipId' in source ? source.partnershipId : undefined;
  const list = usePagedList(
    (cursor, signal) =>
      partnershipId !== undefined
        ? unwrap(
            api.GET('/v1/partnerships/{partnershipId}/activities', {
              params: { path: { partnershipId }, query: { cursor } },
              signal,
            }),
          )
        : unwrap(
            api.GET('/v1/universities/{universityId}/activities', {
              params: { path: { universityId }, query: { cursor } },
              signal,
            }),
          ),
    ['/v1/partnerships/{partnershipId}/activities', partnershipId, universityId, refreshKey, added],
  );

  return (
    <div className="timeline">
      {canAdd && !adding && (
        <button type="button" className="button secondary" onClick={() => setAdding(true)}>
          {t('activity.add')}
        </button>
      )}
      {canAdd && adding && (
        <ActivityForm
          universityId={source.universityId}
          partnershipId={'partnershipId' in source ? source.partnershipId : undefined}
          partnerships={partnerships}
          onAdded={() => {
            setAdding(false);
            setAdded((n) => n + 1);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && <p className="muted">{t('activity.none')}</p>}
      {list.items.length > 0 && (
        <ol className="activities">
          {list.items.map((a) => (
            <ActivityItem
              key={a.activityId}
              activity={a}
              partnerships={'partnershipId' in source ? undefined : partnerships}
            />
          ))}
        </ol>
      )}
      {list.nextCursor && (
        <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loadingMore}>
          {list.loadingMore ? t('common.loading') : t('common.load_more')}
        </button>
      )}
    </div>
  );
}
