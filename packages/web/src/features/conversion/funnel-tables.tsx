import { useI18n } from '../../i18n/i18n';
import {
  BREAKDOWN_COLUMNS,
  FUNNEL_STEPS,
  funnelBase,
  percent,
  type Funnel,
  type FunnelBy,
  type FunnelRow,
} from './conversion';
import { degreeKey } from '../../lib/format';

/** The funnel's steps as rows: the people who reached each and their share of the largest step. */
export function FunnelStepsTable({ total }: { total: FunnelRow }) {
  const { t } = useI18n();
  const base = funnelBase(total);
  const share = t('conv.share_of', { base: t(base.label) });
  return (
    <table className="report-table" data-table="funnel">
      <thead>
        <tr>
          <th scope="col">{t('conv.stage')}</th>
          <th scope="col">{t('conv.reached')}</th>
          <th scope="col">{share}</th>
        </tr>
      </thead>
      <tbody>
        {FUNNEL_STEPS.map(([key, label]) => (
          <tr key={key} data-step={key}>
            <th scope="row">{t(label)}</th>
            <td data-label={t('conv.reached')} data-field={key}>
              {total[key] ?? '—'}
            </td>
            <td data-label={share} data-share={key}>
              {total[key] === null ? '—' : percent(Number(total[key] ?? 0), base.count)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function groupLabel(by: FunnelBy | null, row: FunnelRow, t: ReturnType<typeof useI18n>['t']) {
  if (by === 'degree') return t(degreeKey(row.group));
  if (by === 'fromRegion') return t(row.group === 'yes' ? 'conv.from_region.yes' : 'conv.from_region.no');
  return row.label;
}

/** One row per group with the main steps and the conversion from intern to onboarded. */
export function BreakdownTable({ funnel }: { funnel: Funnel }) {
  const { t } = useI18n();
  const by = funnel.by as FunnelBy | null;
  const rate = t('conv.rate_of', { part: t('conv.f.onboarded'), base: t('conv.f.interns') });
  if (funnel.rows.length === 0) return <p className="muted">{t('conv.none')}</p>;
  return (
    <table className="report-table" data-table="breakdown">
      <thead>
        <tr>
          <th scope="col">{t('conv.group')}</th>
          {BREAKDOWN_COLUMNS.map(([key, label]) => (
            <th key={key} scope="col">
              {t(label)}
            </th>
          ))}
          <th scope="col">{rate}</th>
        </tr>
      </thead>
      <tbody>
        {funnel.rows.map((row) => (
          <tr key={row.group} data-group={row.group}>
            <th scope="row">{groupLabel(by, row, t)}</th>
            {BREAKDOWN_COLUMNS.map(([key, label]) => (
              <td key={key} data-label={t(label)} data-field={key}>
                {String(row[key])}
              </td>
            ))}
            <td data-label={rate}>{percent(row.onboarded, row.interns)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
