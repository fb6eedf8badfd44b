import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { XlsxDownload } from '../../ui/xlsx-download';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { TripReport } from './trips';
import { formatYuan } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './trips.css';

type Row = Omit<TripReport['total'], 'budgetFen'>;
const COUNTS: [keyof Row, MessageKey][] = [
  ['eventsHeld', 'report.events_held'],
  ['registrations', 'report.registrations'],
  ['checkedIn', 'report.checked_in'],
  ['leads', 'report.leads'],
  ['partnershipsSigned', 'report.partnerships_signed'],
];

export default function TripReportPage() {
  const { t } = useI18n();
  const { tripId = '' } = useParams();
  const report = useResource(
    (signal) => unwrap(api.GET('/v1/trips/{tripId}/report', { params: { path: { tripId } }, signal })),
    ['/v1/trips/{tripId}/report', tripId],
  );
  useTitle(t('report.title'));

  if (report.status === 'error') return <LoadError error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loading />;
  const data = report.data;

  const cells = (row: Row) => (
    <>
      {COUNTS.map(([key, label]) => (
        <td key={key} data-label={t(label)} data-field={key}>
          {key === 'eventsHeld' ? `${row.eventsHeld} / ${row.events}` : String(row[key])}
        </td>
      ))}
      <td data-label={t('report.expenses')} data-field="expensesFen">
        {formatYuan(row.expensesFen)}
      </td>
      <td data-label={t('report.cost_per_lead')} data-field="costPerLeadFen">
        {formatYuan(row.costPerLeadFen)}
      </td>
    </>
  );

  return (
    <section className="page" aria-labelledby="report-title">
      <p className="back">
        <Link to={`/trips/${tripId}`}>{t('report.back_to_trip')}</Link>
      </p>
      <div className="page-head">
        <h1 id="report-title">{t('report.heading', { title: data.title })}</h1>
        <XlsxDownload
          label={t('report.download')}
          fallbackName={`${data.title}.xlsx`}
          request={() => api.GET('/v1/trips/{tripId}/report.xlsx', { params: { path: { tripId } }, parseAs: 'blob' })}
        />
      </div>
      <p className="card-meta">
        {t('trip.dates_value', { from: data.startDate, to: data.endDate })} · {t('trip.budget')}{' '}
        {formatYuan(data.total.budgetFen)}
      </p>
      <table className="report-table">
        <caption className="visually-hidden">{t('report.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.stop')}</th>
            {COUNTS.map(([key, label]) => (
              <th key={key} scope="col">
                {t(label)}
              </th>
            ))}
            <th scope="col">{t('report.expenses')}</th>
            <th scope="col">{t('report.cost_per_lead')}</th>
          </tr>
        </thead>
        <tbody>
          {data.stops.map((stop) => (
            <tr key={stop.stopId} data-stop={stop.stopId}>
              <th scope="row">
                {stop.city}
                <span className="muted"> {t('trip.dates_value', { from: stop.from, to: stop.to })}</span>
              </th>
              {cells(stop)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-stop="total">
            <th scope="row">{t('report.total')}</th>
            {cells(data.total)}
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
