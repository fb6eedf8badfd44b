import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ChartOrTable } from '../../ui/chart-or-table';
import { AttributionPanels } from './dashboard-attribution';
import { RunningAttendance } from './dashboard-panels';
import { RecruitmentPanel } from './dashboard-recruitment';
import { EChart } from '../../ui/echart';
import { LoadError, Loading } from '../../ui/feedback';
import { funnelChartOption } from './funnel-chart';
import { BreakdownTable, FunnelStepsTable, groupLabel } from './funnel-tables';
import { RetentionPanel } from './retention-panel';
import { AttentionSharePanel } from './dashboard-attention-share';
import { XlsxDownload } from '../../ui/xlsx-download';
import { useI18n } from '../../i18n/i18n';
import { FUNNEL_BYS, LEGEND_ABOVE, type Funnel, type FunnelBy, type SubsidyForecast } from './conversion';
import { formatYuan } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './conversion.css';

/** The organisers' view of who stays: the funnel, conversion by group, retention by cohort and the subsidy owed. */
export default function DashboardPage() {
  const { t } = useI18n();
  useTitle(t('conv.dashboard_title'));
  const [params, setParams] = useSearchParams();
  const cohortId = params.get('cohortId') ?? '';
  const by = (FUNNEL_BYS.includes(params.get('by') as FunnelBy) ? params.get('by') : 'university') as FunnelBy;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const cohorts = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal })),
    ['/v1/cohorts'],
  );
  const funnel = useResource(
    (signal) =>
      unwrap(api.GET('/v1/dashboard/funnel', { params: { query: { by, ...(cohortId ? { cohortId } : {}) } }, signal })),
    ['/v1/dashboard/funnel', cohortId, by],
  );
  const curves = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/retention', { signal })),
    ['/v1/dashboard/retention'],
  );
  const forecast = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/subsidy-forecast', { signal })),
    ['/v1/dashboard/subsidy-forecast'],
  );

  return (
    <section className="page wide" aria-labelledby="dashboard-title">
      <div className="page-head">
        <h1 id="dashboard-title">{t('conv.dashboard_title')}</h1>
        <XlsxDownload
          label={t('conv.download')}
          fallbackName="留阿成效.xlsx"
          request={() =>
            api.GET('/v1/dashboard/conversion.xlsx', {
              params: { query: cohortId ? { cohortId } : {} },
              parseAs: 'blob',
            })
          }
        />
      </div>
      <p className="muted">{t('conv.dashboard_intro')}</p>
      <div className="conv-filters">
        <label>
          {t('conv.cohort')}
          <select value={cohortId} onChange={(e) => set('cohortId', e.target.value)} data-testid="cohort-select">
            <option value="">{t('conv.all_cohorts')}</option>
            {cohorts.data?.items.map((c) => (
              <option key={c.cohortId} value={c.cohortId}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('conv.by')}
          <select value={by} onChange={(e) => set('by', e.target.value)}>
            {FUNNEL_BYS.map((b) => (
              <option key={b} value={b}>
                {t(`conv.by.${b}`)}
              </option>
            ))}
          </select>
        </label>
        {cohortId && <Link to={`/cohorts/${cohortId}/report`}>{t('conv.report_link')}</Link>}
      </div>

      {funnel.status === 'error' ? (
        <LoadError error={funnel.error} onRetry={funnel.reload} />
      ) : !funnel.data ? (
        <Loading />
      ) : (
        <FunnelPanels funnel={funnel.data} />
      )}
      {curves.data && <RetentionPanel curves={curves.data} cohortId={cohortId} />}
      {cohorts.data && (
        <AttentionSharePanel cohortNames={new Map(cohorts.data.items.map((c) => [c.cohortId, c.name]))} />
      )}
      {forecast.data && <ForecastPanel forecast={forecast.data} />}
      {cohorts.data && <RunningAttendance cohorts={cohorts.data.items} />}
      <AttributionPanels />
      <RecruitmentPanel />
    </section>
  );
}

function FunnelPanels({ funnel }: { funnel: Funnel }) {
  const { t, lang } = useI18n();
  const funnelOption = useMemo(() => funnelChartOption(funnel.total, t, lang), [funnel, t, lang]);
  const breakdownOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      ...LEGEND_ABOVE,
      xAxis: {
        type: 'category',
        data: funnel.rows.map((r) => groupLabel(funnel.by as never, r, t)),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('conv.f.interns'), data: funnel.rows.map((r) => r.interns) },
        { type: 'bar', name: t('conv.f.offered'), data: funnel.rows.map((r) => r.offered) },
        { type: 'bar', name: t('conv.f.onboarded'), data: funnel.rows.map((r) => r.onboarded) },
      ],
    }),
    [funnel, t],
  );
  return (
    <>
      <ChartOrTable
        id="funnel"
        title={t('conv.funnel_title')}
        chart={<EChart option={funnelOption} label={t('conv.funnel_title')} />}
        table={<FunnelStepsTable total={funnel.total} />}
      />
      <ChartOrTable
        id="breakdown"
        title={t('conv.breakdown_title')}
        chart={<EChart option={breakdownOption} label={t('conv.breakdown_title')} />}
        table={<BreakdownTable funnel={funnel} />}
      />
    </>
  );
}

const compactNumber = (lang: string) => {
  const format = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  return (v: number) => format.format(v);
};

function ForecastPanel({ forecast }: { forecast: SubsidyForecast }) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      ...LEGEND_ABOVE,
      xAxis: { type: 'category', data: forecast.years.map((y) => String(y.year)) },
      // Compact in the reader's language (10万, 100K): small values stay whole numbers instead of 0.0001万.
      yAxis: { type: 'value', axisLabel: { formatter: compactNumber(lang) } },
      series: [
        { type: 'bar', name: t('conv.if_holds'), data: forecast.years.map((y) => y.ifRetentionHoldsFen / 100) },
        {
          type: 'bar',
          name: t('conv.at_rate'),
          data: forecast.years.map((y) => Math.round(y.atObservedRateFen / 100)),
        },
      ],
    }),
    [forecast, t, lang],
  );
  const table = (
    <table className="report-table" data-table="forecast">
      <thead>
        <tr>
          <th scope="col">{t('conv.year')}</th>
          <th scope="col">{t('conv.people')}</th>
          <th scope="col">{t('conv.if_holds')}</th>
          <th scope="col">{t('conv.at_rate')}</th>
        </tr>
      </thead>
      <tbody>
        {forecast.years.map((y) => (
          <tr key={y.year} data-year={y.year}>
            <th scope="row">{y.year}</th>
            <td data-label={t('conv.people')}>{y.people}</td>
            <td data-label={t('conv.if_holds')} data-money>
              {formatYuan(y.ifRetentionHoldsFen)}
            </td>
            <td data-label={t('conv.at_rate')} data-money>
              {formatYuan(y.atObservedRateFen)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <ChartOrTable
        id="forecast"
        title={t('conv.forecast_title')}
        chart={<EChart option={option} label={t('conv.forecast_title')} />}
        table={table}
      />
      <p className="muted">{t('conv.observed_rate', { rate: `${Math.round(forecast.observedRate * 100)}%` })}</p>
    </>
  );
}
