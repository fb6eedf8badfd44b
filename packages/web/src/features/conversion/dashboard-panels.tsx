import { useMemo } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { ChartOrTable } from '../../ui/chart-or-table';
import { EChart } from '../../ui/echart';
import { LoadError, Loading } from '../../ui/feedback';
import { LEGEND_ABOVE } from './conversion';

type AttendanceDays = components['schemas']['AttendanceDays'];

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
