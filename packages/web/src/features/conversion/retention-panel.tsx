import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { LEGEND_ABOVE, type RetentionCurves } from './conversion';
import { ChartOrTable } from '../../ui/chart-or-table';
import { EChart } from '../../ui/echart';

const YEARS = [1, 2, 3, 4, 5];
type Curve = RetentionCurves['items'][number];

/** The three ways a reached year counts each person onboarded, in the order they are stacked. */
const PARTS = [
  { field: 'retained', key: 'retainedByYear', label: 'conv.ret.retained', color: '#15803d' },
  { field: 'pending', key: 'pendingByYear', label: 'conv.ret.pending', color: '#d97706' },
  { field: 'left', key: 'leftByYear', label: 'conv.ret.left', color: '#9ca3af' },
] as const;

/** What each number counts, said under the chart and as the table's caption. */
function Legend() {
  const { t } = useI18n();
  return (
    <dl className="conv-legend" data-testid="retention-legend">
      {PARTS.map((p) => (
        <div key={p.field}>
          <dt>{t(p.label)}</dt>
          <dd>{t(`${p.label}_means`)}</dd>
        </div>
      ))}
      <div>
        <dt>—</dt>
        <dd>{t('conv.ret.not_reached_means')}</dd>
      </div>
    </dl>
  );
}

/**
 * Retention by cohort: for each year a cohort has reached, everyone onboarded is confirmed, not yet
 * confirmed or gone, so a year whose confirmations are still to be recorded is not drawn as if
 * everyone had left. The chart stacks the three for one cohort; the table lists every cohort.
 */
export function RetentionPanel({ curves, cohortId }: { curves: RetentionCurves; cohortId: string }) {
  const { t } = useI18n();
  const withPeople = curves.items.filter((c) => c.onboarded > 0);
  const [picked, setPicked] = useState('');
  const shown: Curve | undefined =
    withPeople.find((c) => c.cohortId === picked) ?? withPeople.find((c) => c.cohortId === cohortId) ?? withPeople[0];
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      ...LEGEND_ABOVE,
      xAxis: { type: 'category', data: YEARS.map((n) => t('conv.retention_year', { n })) },
      yAxis: { type: 'value', minInterval: 1, name: t('conv.ret.people') },
      series: PARTS.map((p) => ({
        type: 'bar',
        stack: 'people',
        name: t(p.label),
        itemStyle: { color: p.color },
        data: shown ? shown[p.key] : [],
      })),
    }),
    [shown, t],
  );
  const chart = (
    <>
      {withPeople.length > 1 && (
        <label className="conv-inline-select">
          {t('conv.cohort')}
          <select value={shown?.cohortId ?? ''} onChange={(e) => setPicked(e.target.value)}>
            {withPeople.map((c) => (
              <option key={c.cohortId} value={c.cohortId}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {shown ? (
        <EChart option={option} label={`${t('conv.retention_title')}：${shown.name}`} />
      ) : (
        <p className="muted">{t('conv.none')}</p>
      )}
      <Legend />
    </>
  );
  const table = (
    <table className="report-table" data-table="retention">
      <caption>{t('conv.ret.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('conv.cohort')}</th>
          <th scope="col">{t('conv.ret.year')}</th>
          <th scope="col">{t('conv.f.onboarded')}</th>
          {PARTS.map((p) => (
            <th key={p.field} scope="col">
              {t(p.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {curves.items.flatMap((c) =>
          YEARS.map((n, i) => (
            <tr key={`${c.cohortId}-${n}`} data-cohort={c.cohortId} data-year={n}>
              <th scope="row">{c.name}</th>
              <td data-label={t('conv.ret.year')}>{t('conv.retention_year', { n })}</td>
              <td data-label={t('conv.f.onboarded')} data-field="onboarded">
                {c.onboarded}
              </td>
              {PARTS.map((p) => (
                <td key={p.field} data-label={t(p.label)} data-field={p.field}>
                  {c[p.key][i] ?? <abbr title={t('conv.not_reached')}>—</abbr>}
                </td>
              ))}
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
  return <ChartOrTable id="retention" title={t('conv.retention_title')} chart={chart} table={table} />;
}
