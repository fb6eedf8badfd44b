import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { BreakdownTable, HeadlineCounts } from './attendance-tables';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { dateIn } from '../../lib/format';
import { defaultCohortId } from '../../lib/default-cohort';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './attendance.css';

/** The daily attendance board (考勤): a cohort day's counts, by host unit and university, and the absentees. */
export default function AttendanceBoardPage() {
  const { t } = useI18n();
  useTitle(t('attendance.title'));
  const cohorts = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal })),
    ['/v1/cohorts'],
  );
  // The cohort lives in the URL so a link from a cohort's page opens its board and a reload keeps the choice.
  const [params, setParams] = useSearchParams();
  const picked = params.get('cohortId') ?? '';
  const setCohortId = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('cohortId', id);
    setParams(next, { replace: true });
  };
  const [date, setDate] = useState('');
  const listed = cohorts.data?.items ?? [];
  // A linked cohort beyond the first page of the list is read on its own so the board still opens on it.
  const unlisted = cohorts.status === 'ready' && picked !== '' && !listed.some((c) => c.cohortId === picked);
  const linked = useResource(
    (signal) =>
      unlisted
        ? unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId: picked } }, signal }))
        : Promise.resolve(null),
    ['/v1/cohorts/{cohortId}', picked, unlisted],
  );
  const items = linked.data ? [linked.data, ...listed] : listed;
  const cohortId = items.some((c) => c.cohortId === picked) ? picked : defaultCohortId(items);
  const cohort = items.find((c) => c.cohortId === cohortId);
  const day = date || (cohort ? dateIn(new Date(), cohort.timeZone) : '');

  const board = useResource(
    (signal) =>
      cohortId && day
        ? unwrap(
            api.GET('/v1/cohorts/{cohortId}/attendance', {
              params: { path: { cohortId }, query: { date: day } },
              signal,
            }),
          )
        : Promise.resolve(null),
    ['/v1/cohorts/{cohortId}/attendance', cohortId, day],
  );
  const absentees = usePagedList(
    (cursor, signal) =>
      cohortId && day
        ? unwrap(
            api.GET('/v1/cohorts/{cohortId}/attendance/interns', {
              params: { path: { cohortId }, query: { date: day, status: 'absent', limit: 50, cursor } },
              signal,
            }),
          )
        : Promise.resolve({ items: [], nextCursor: null }),
    ['/v1/cohorts/{cohortId}/attendance/interns', cohortId, day],
  );

  return (
    <section className="page" aria-labelledby="attendance-title">
      <h1 id="attendance-title">{t('attendance.title')}</h1>
      {cohorts.status === 'loading' && <Loading />}
      {cohorts.status === 'error' && <LoadError error={cohorts.error} onRetry={cohorts.reload} />}
      {cohorts.status === 'ready' && items.length === 0 && <p>{t('attendance.no_cohort')}</p>}
      {items.length > 0 && (
        <div className="attendance-filters">
          <SelectField
            id="attendance-cohort"
            label={t('attendance.cohort')}
            value={cohortId}
            onChange={(e) => setCohortId(e.target.value)}
          >
            {items.map((c) => (
              <option key={c.cohortId} value={c.cohortId}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id="attendance-date"
            label={t('attendance.date')}
            type="date"
            value={day}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
      )}
      {board.status === 'error' && <LoadError error={board.error} onRetry={board.reload} />}
      {board.data && (
        <>
          <HeadlineCounts totals={board.data.totals} />
          {board.data.byHostUnit.length > 0 && (
            <BreakdownTable
              caption={t('attendance.by_host_unit')}
              rows={board.data.byHostUnit.map((r) => ({ ...r, id: r.hostUnitId }))}
            />
          )}
          {board.data.byUniversity.length > 0 && (
            <BreakdownTable
              caption={t('attendance.by_university')}
              rows={board.data.byUniversity.map((r) => ({ ...r, id: r.universityId }))}
            />
          )}
          <h2>{t('attendance.absentees')}</h2>
          {absentees.status === 'ready' && absentees.items.length === 0 && (
            <p className="muted">{t('attendance.no_absentees')}</p>
          )}
          <ul className="row-list">
            {absentees.items.map((i) => (
              <li key={i.registrationId} className="row-item" data-testid="absentee">
                {i.name}
              </li>
            ))}
          </ul>
          <LoadMore list={absentees} />
        </>
      )}
    </section>
  );
}
