import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { LoadError } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';

/** Earlier imports of this cohort, so a result can be opened (and its file downloaded) again later. */
export function ImportHistory({ cohortId, timeZone }: { cohortId: string; timeZone: string }) {
  const { t, lang } = useI18n();
  const jobs = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/imports', {
          params: { path: { cohortId }, query: { limit: 10, cursor } },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/imports', cohortId],
  );
  if (jobs.status === 'error') return <LoadError error={jobs.error} onRetry={jobs.reload} />;
  if (jobs.items.length === 0) return null;
  return (
    <section aria-labelledby="import-history-title" className="import-history">
      <h2 id="import-history-title">{t('import.history')}</h2>
      <ul className="plain-list">
        {jobs.items.map((job) => (
          <li key={job.importJobId}>
            <Link to={`/cohorts/${cohortId}/import?job=${job.importJobId}`}>{job.filename}</Link>
            <span className="muted">
              {' '}
              · {formatDateTime(job.createdAt, lang, timeZone)} ·{' '}
              {t('import.counts', { accepted: job.accepted, rejected: job.rejected })}
              {job.status !== 'completed' && ` · ${t('import.unfinished')}`}
            </span>
          </li>
        ))}
      </ul>
      <LoadMore list={jobs} />
    </section>
  );
}
