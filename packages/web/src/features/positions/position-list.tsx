import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../../lib/use-resource';
import { clusterLabel, countyLabel, degreeLabel, statusLabel, type Position, type PositionStatus } from './positions';

/** The positions the caller may read (all for organisers, its unit's for a reviewer), all or by status. */
export function usePositionList(status: PositionStatus | '') {
  return usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/positions', {
          params: { query: { limit: 50, cursor, ...(status ? { status } : {}) } },
          signal,
        }),
      ),
    ['/v1/positions', status],
  );
}

/** A position's card line: its status, where, which cluster, the degree, the headcount and the deadline. */
export function PositionCardMeta({ position: p }: { position: Position }) {
  const { t } = useI18n();
  return (
    <p className="card-meta">
      <span className={`badge badge-job-${p.status}`}>{statusLabel(t, p.status)}</span>
      <span>{countyLabel(t, p.county)}</span>
      <span>{clusterLabel(t, p.cluster)}</span>
      <span>{t('jobs.degree_or_above', { degree: degreeLabel(t, p.degreeLevel) })}</span>
      <span>{t('jobs.headcount_value', { n: p.headcount })}</span>
      <span>{t('jobs.deadline_value', { date: p.deadline })}</span>
    </p>
  );
}
