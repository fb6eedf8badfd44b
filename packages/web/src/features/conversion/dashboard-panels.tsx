import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { ChartOrTable } from '../../ui/chart-or-table';
import { EChart } from '../../ui/echart';
import { LoadError, Loading } from '../../ui/feedback';
import { LEGEND_ABOVE } from './conversion';

type AttendanceDays = components['schemas']['AttendanceDays'];
type Attribution = components['schemas']['Attribution'];

/** Each running cohort's days so far: checked in, on leave and absent, one counter read per day. */
export function RunningAttendance({ cohorts }: { cohorts: Array<{ cohortId: string; status: string }> }) {
  const { t } = useI18n();
  const running = cohorts.filter((c) => c.status === 'running');
  if (running.length === 0)
    return (
      <p className="muted" data-testid="attendance-none">
        {t('conv.attendance_none')}
      </p>
    );
  return (
    <>
      {running.map((c) => (
        <CohortAttendance key={c.cohortId} cohortId={c.cohortId} />
      ))}
    </>
  );
}

function CohortAttendance({ cohortId }: { cohortId: string }) {
  const days = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}/attendance/days', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}/attendance/days', cohortId],
  );
  if (days.status === 'error') return <LoadError error={days.error} onRetry={days.reload} />;
  if (!days.data) return <Loading />;
  return <AttendancePanel days={days.data} />;
}

function AttendancePanel({ days }: { days: AttendanceDays }) {
  const { t } = useI18n();
  const title = t('conv.attendance_title', { name: days.name });
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      ...LEGEND_ABOVE,
      xAxis: { type: 'category', data: days.days.map((d) => d.date.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', stack: 'day', name: t('conv.checked_in'), data: days.days.map((d) => d.checkedIn) },
        { type: 'bar', stack: 'day', name: t('conv.on_leave'), data: days.days.map((d) => d.onLeave) },
        { type: 'bar', stack: 'day', name: t('conv.absent'), data: days.days.map((d) => d.absent) },
      ],
    }),
    [days, t],
  );
  const table = (
    <table className="report-table" data-table="attendance-days">
      <thead>
        <tr>
          <th scope="col">{t('conv.date')}</th>
          <th scope="col">{t('conv.checked_in')}</th>
          <th scope="col">{t('conv.on_leave')}</th>
          <th scope="col">{t('conv.absent')}</th>
        </tr>
      </thead>
      <tbody>
        {days.days.map((d) => (
          <tr key={d.date} data-date={d.date}>
            <th scope="row">{d.date}</th>
            <td data-label={t('conv.checked_in')} data-field="checkedIn">
              {d.checkedIn}
            </td>
            <td data-label={t('conv.on_leave')} data-field="onLeave">
              {d.onLeave}
            </td>
            <td data-label={t('conv.absent')} data-field="absent">
              {d.absent}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartOrTable
      id={`attendance-${days.cohortId}`}
      title={title}
      chart={<EChart option={option} label={title} />}
      table={table}
    />
  );
}

/** Leads, interns and hires credited to each recruiting trip and each partnership, with the cost per hire. */
export function AttributionPanels() {
  return (
    <>
      <AttributionPanel by="trip" />
      <AttributionPanel by="partnership" />
    </>
  );
}

function AttributionPanel({ by }: { by: Attribution['by'] }) {
  const attribution = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/attribution', { params: { query: { by } }, signal })),
    ['/v1/dashboard/attribution', by],
  );
  if (attribution.status === 'error') return <LoadError error={attribution.error} onRetry={attribution.reload} />;
  if (!attribution.data) return <Loading />;
  return <AttributionTable attribution={attribution.data} />;
}

function AttributionTable({ attribution }: { attribution: Attribution }) {
  const { t } = useI18n();
  const trip = attribution.by === 'trip';
  const id = `attribution-${attribution.by}`;
  const title = t(trip ? 'conv.attribution_trip_title' : 'conv.attribution_partnership_title');
  return (
    <section className="conv-panel" aria-labelledby={`${id}-title`} data-panel={id}>
      <div className="conv-panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      {attribution.items.length === 0 ? (
        <p className="muted">{t('conv.attribution_empty')}</p>
      ) : (
        // A wide table scrolls sideways on a phone; the region takes focus so the keyboard can scroll it too.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="conv-table" aria-label={title} tabIndex={0}>
          <table className="report-table" data-table={id}>
            <thead>
              <tr>
                <th scope="col">{t(trip ? 'conv.trip' : 'conv.partnership')}</th>
                <th scope="col">{t('conv.leads')}</th>
                <th scope="col">{t('conv.interns')}</th>
                <th scope="col">{t('conv.hires')}</th>
                {trip && <th scope="col">{t('conv.expenses')}</th>}
                {trip && <th scope="col">{t('conv.cost_per_hire')}</th>}
              </tr>
            </thead>
            <tbody>
              {attribution.items.map((r) => (
                <tr key={r.id} data-id={r.id}>
                  <th scope="row">{r.label}</th>
                  <td data-label={t('conv.leads')} data-field="leads">
                    {r.leads}
                  </td>
                  <td data-label={t('conv.interns')} data-field="interns">
                    {r.interns}
                  </td>
                  <td data-label={t('conv.hires')} data-field="hires">
                    {r.hires}
                  </td>
                  {trip && (
                    <td data-label={t('conv.expenses')} data-field="expenses" data-money>
                      {formatYuan(r.expensesFen)}
                    </td>
                  )}
                  {trip && (
                    <td data-label={t('conv.cost_per_hire')} data-field="costPerHire" data-money>
                      {formatYuan(r.costPerHireFen)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
