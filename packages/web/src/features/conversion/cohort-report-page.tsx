import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { FunnelStepsTable } from './funnel-tables';
import { useI18n } from '../../i18n/i18n';
import { BREAKDOWN_COLUMNS, percent } from './conversion';
import { today } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './conversion.css';

/**
 * The universities of a cohort's placed interns. The funnel's university rows count interns only once they finish,
 * so a running cohort would read 0 所高校; its placements are bounded by the quotas, a few pages at most.
 */
async function universitiesOfPlacements(cohortId: string, signal: AbortSignal): Promise<number> {
  const found = new Set<string>();
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/v1/cohorts/{cohortId}/placements', {
        params: { path: { cohortId }, query: { limit: 100, cursor } },
        signal,
      }),
    );
    for (const p of page.items) found.add(p.universityId);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found.size;
}

/** One printable page an organiser can hand to leadership: the cohort's headline, its funnel and its universities. */
export default function CohortReportPage() {
  const { t } = useI18n();
  const { cohortId = '' } = useParams();
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const funnel = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/funnel', { params: { query: { cohortId, by: 'university' } }, signal })),
    ['/v1/dashboard/funnel', cohortId],
  );
  // Until the cohort ends its interns are counted only as placements, which the attendance board holds.
  const board = useResource(
    (signal) =>
      unwrap(api.GET('/v1/cohorts/{cohortId}/attendance', { params: { path: { cohortId }, query: {} }, signal })).catch(
        () => null,
      ),
    ['/v1/cohorts/{cohortId}/attendance', cohortId, 'report'],
  );
  const placedUniversities = useResource(
    (signal) => universitiesOfPlacements(cohortId, signal).catch(() => null),
    ['/v1/cohorts/{cohortId}/placements', cohortId, 'report'],
  );
  useTitle(cohort.data ? t('conv.report_title', { name: cohort.data.name }) : t('conv.dashboard_title'));
  const failed = cohort.status === 'error' ? cohort : funnel.status === 'error' ? funnel : null;
  if (failed) return <LoadError error={failed.error} onRetry={failed.reload} />;
  if (!cohort.data || !funnel.data || board.status === 'loading' || placedUniversities.status === 'loading') {
    return <Loading />;
  }
  const total = funnel.data.total;
  const placed = board.data?.totals.placed ?? 0;
  const interns = Math.max(total.interns, placed);
  const universities = Math.max(funnel.data.rows.filter((r) => r.interns > 0).length, placedUniversities.data ?? 0);
  const stayed = total.onboarded - total.left;
  return (
    <article className="page conv-report" aria-labelledby="report-title">
      <p className="no-print">
        <Link to={`/dashboard?cohortId=${cohortId}`}>{t('conv.dashboard_title')}</Link>{' '}
        <button type="button" className="button secondary small" onClick={() => window.print()}>
          {t('conv.report_print')}
        </button>
      </p>
      <h1 id="report-title">{t('conv.report_title', { name: cohort.data.name })}</h1>
      <p className="headline" data-testid="report-headline">
        {t('conv.report_headline', { interns, universities, stayed })}
      </p>
      <div className="figures">
        {BREAKDOWN_COLUMNS.map(([key, label]) => (
          <div key={key} className="figure" data-figure={key}>
            <strong>{String(total[key])}</strong>
            {t(label)}
          </div>
        ))}
        <div className="figure">
          <strong>{percent(total.onboarded, total.interns)}</strong>
          {t('conv.rate_of', { part: t('conv.f.onboarded'), base: t('conv.f.interns') })}
        </div>
      </div>
      <h2>{t('conv.funnel_title')}</h2>
      <FunnelStepsTable total={total} />
      <p className="muted">{t('conv.report_generated', { date: today() })}</p>
    </article>
  );
}
