import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

/**
 * The logs carry only registration ids. Names come from the cohort's registration list, read whole once
 * (100 a page): reading registrations one by one would record a view of each national ID.
 */
function useInternNames(cohortId: string) {
  return useResource(
    async (signal) => {
      const names = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/v1/cohorts/{cohortId}/registrations', {
            params: { path: { cohortId }, query: { limit: 100, cursor } },
            signal,
          }),
        );
        for (const r of page.items) names.set(r.registrationId, r.name);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return names;
    },
    ['/v1/cohorts/{cohortId}/registrations', cohortId, 'names'],
  );
}

/**
 * A cohort's activity logs for organisers (a coordinator sees their own university's), by university and intern,
 * each with its week's review state and, above, how many of those shown still wait for the mentor.
 */
export default function CohortLogsPage() {
  const { t } = useI18n();
  const { cohortId = '' } = useParams();
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const logs = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/activity-logs', {
          params: { path: { cohortId }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/activity-logs', cohortId],
  );
  const names = useInternNames(cohortId);
  const title = cohort.data ? t('cohort_logs.title', { cohort: cohort.data.name }) : t('logs.title');
  useTitle(title);

  return (
    <section className="page" aria-labelledby="cohort-logs-title">
      <Link to={`/cohorts/${cohortId}`} className="back">
        {t('cohort_logs.back')}
      </Link>
      <h1 id="cohort-logs-title">{title}</h1>
      <p className="muted">{t('cohort_logs.intro')}</p>
      {logs.status === 'loading' && <Loading />}
      {logs.status === 'error' && <LoadError error={logs.error} onRetry={logs.reload} />}
      {logs.status === 'ready' && logs.items.length === 0 && (
        <p data-testid="cohort-logs-empty">{t('cohort_logs.none')}</p>
      )}
      {logs.items.length > 0 && (
        <p data-testid="cohort-logs-waiting">
          {t('cohort_logs.waiting', { count: logs.items.filter((log) => log.weekStatus === 'pending').length })}
        </p>
      )}
      {logs.items.length > 0 && (
        // Scrolls sideways on a phone: focusable and named, so a keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="cohort-logs-wrap" aria-labelledby="cohort-logs-title" tabIndex={0}>
          <table className="cohort-logs">
            <caption>{t('cohort_logs.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cohort_logs.intern')}</th>
                <th scope="col">{t('logs.date')}</th>
                <th scope="col">{t('cohort_logs.hours')}</th>
                <th scope="col">{t('logs.category')}</th>
                <th scope="col">{t('cohort_logs.week')}</th>
                <th scope="col">{t('cohort_logs.summary')}</th>
              </tr>
            </thead>
            <tbody>
              {logs.items.map((log) => (
                <tr key={`${log.registrationId}#${log.logDate}`} data-testid="cohort-log">
                  <th scope="row">{names.data?.get(log.registrationId) ?? '…'}</th>
                  <td>{log.logDate}</td>
                  <td>{t('logs.hours_value', { hours: log.hours })}</td>
                  <td>{t(`category.${log.category}`)}</td>
                  <td>
                    <span className={`week-status week-status-${log.weekStatus}`}>
                      {t(`cohort_logs.week.${log.weekStatus}`)}
                    </span>
                  </td>
                  <td className="prewrap">{log.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <LoadMore list={logs} />
    </section>
  );
}
