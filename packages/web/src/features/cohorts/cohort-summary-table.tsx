import { useI18n, type MessageKey } from '../../i18n/i18n';
import { SUMMARY_COLUMNS, type CohortSummary } from './cohorts';

/** Quota and counts per university; on a phone each university becomes a card of label–value lines. */
export function CohortSummaryTable({
  summary,
  names,
}: {
  summary: CohortSummary;
  names: (universityId: string) => string;
}) {
  const { t } = useI18n();
  const label = (column: string) => t(`cohort.sum.${column}` as MessageKey);
  return (
    <table className="report-table cohort-summary">
      <caption className="visually-hidden">{t('cohort.sum.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cohort.sum.university')}</th>
          {SUMMARY_COLUMNS.map((c) => (
            <th scope="col" key={c}>
              {label(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.universities.map((row) => (
          <tr key={row.universityId}>
            <th scope="row">{names(row.universityId)}</th>
            {SUMMARY_COLUMNS.map((c) => (
              <td key={c} data-label={label(c)} data-column={c}>
                {row[c]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {summary.universities.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">{t('cohort.sum.total')}</th>
            {SUMMARY_COLUMNS.map((c) => (
              <td key={c} data-label={label(c)}>
                {summary.totals[c]}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}

export function CohortStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-c-${status}`}>{t(`cohort.status.${status}` as MessageKey)}</span>;
}

export function RegistrationStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge badge-r-${status}`}>{t(`creg.status.${status}` as MessageKey)}</span>;
}
