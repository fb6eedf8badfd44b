import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useUser } from '../../auth/session';
import { CohortHub } from './cohort-hub';
import { CohortStudents } from './cohort-students';
import { CohortStatusBadge, CohortSummaryTable } from './cohort-summary-table';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { cohortStatusKey, degreeLevelKey, type Cohort, type CohortStatus } from './cohorts';
import { problemText } from '../../lib/problem-text';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { formatDateTime, formatList, formatYuan } from '../../lib/format';
import { nameOf, useUniversities } from '../../lib/use-universities';
import './cohorts.css';

/** One cohort: its settings, lifecycle and summary; for a coordinator also their students. */
export default function CohortPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const { cohortId = '' } = useParams();
  const organiser = user.role === 'organiser';
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const summary = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}/summary', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}/summary', cohortId],
  );
  const universities = useUniversities();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  useTitle(cohort.data?.name ?? t('cohort.list_title'));

  if (cohort.status === 'error') return <LoadError error={cohort.error} onRetry={cohort.reload} />;
  if (!cohort.data) return <Loading />;
  const c: Cohort = cohort.data;
  const names = (universityId: string) => nameOf(universities.data, universityId) ?? universityId;

  const move = async (to: CohortStatus) => {
    setBusy(true);
    setNotice(undefined);
    try {
      const next = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/transitions', { params: { path: { cohortId } }, body: { to } }),
      );
      cohort.setData(next);
      setNotice({ tone: 'success', text: t('cohort.transition_done', { status: t(cohortStatusKey(next.status)) }) });
    } catch (error) {
      setNotice({
        tone: 'error',
        text:
          error instanceof ApiError && error.code === 'invalid_transition'
            ? t('cohort.transition_refused')
            : problemText(error, t),
      });
      cohort.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page" aria-labelledby="cohort-title">
      <Link to="/cohorts" className="back">
        {t('cohort.back')}
      </Link>
      <div className="page-head">
        <h1 id="cohort-title">{c.name}</h1>
        <CohortStatusBadge status={c.status} />
      </div>
      {notice && (
        <Alert tone={notice.tone} focus>
          {notice.text}
        </Alert>
      )}
      <div className="card-actions">
        {organiser && (
          <Link to={`/cohorts/${cohortId}/edit`} className="button secondary">
            {t('cohort.edit')}
          </Link>
        )}
        {(organiser ? c.status === 'registration_open' || c.status === 'review' : c.status === 'registration_open') && (
          <Link to={`/cohorts/${cohortId}/import`} className="button secondary">
            {t('import.link')}
          </Link>
        )}
      </div>
      <CohortHub cohort={c} summary={summary.data} organiser={organiser} />
      {organiser && c.allowedTransitions.length > 0 && (
        <div className="transition-actions">
          {c.allowedTransitions.map((to) => (
            <button key={to} type="button" className="button secondary" disabled={busy} onClick={() => move(to)}>
              {t('cohort.move_to', { status: t(cohortStatusKey(to)) })}
            </button>
          ))}
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('cohort.facts.dates')}</dt>
          <dd>{t('cohort.dates', { start: c.startsOn, end: c.endsOn })}</dd>
        </div>
        <div>
          <dt>{t('cohort.facts.registration')}</dt>
          <dd>
            {formatDateTime(c.registrationOpensAt, lang, c.timeZone)} –{' '}
            {formatDateTime(c.registrationClosesAt, lang, c.timeZone)}
          </dd>
        </div>
        <div>
          <dt>{t('cohort.form.degrees')}</dt>
          <dd>
            {formatList(
              c.eligibleDegreeLevels.map((d) => t(degreeLevelKey(d))),
              lang,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('cohort.form.check_in')}</dt>
          <dd>
            {t('cohort.check_in_window', { start: c.checkInWindow.start, end: c.checkInWindow.end, zone: c.timeZone })}
          </dd>
        </div>
        <div>
          <dt>{t('cohort.form.daily_allowance')}</dt>
          <dd>
            <span data-money>{formatYuan(c.stipendPolicy.dailyAllowanceFen)}</span> ·{' '}
            {t(`cohort.form.counted.${c.stipendPolicy.countedDays}` as MessageKey)}
          </dd>
        </div>
        <div>
          <dt>{t('cohort.form.travel_cap')}</dt>
          <dd data-money>{formatYuan(c.stipendPolicy.travelCapFen)}</dd>
        </div>
      </dl>
      {c.description && <p className="prewrap">{c.description}</p>}
      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('cohort.summary')}</h2>
        {summary.status === 'error' && <LoadError error={summary.error} onRetry={summary.reload} />}
        {summary.data ? (
          summary.data.universities.length === 0 ? (
            <p data-testid="cohort-summary-empty">{t('cohort.sum.none')}</p>
          ) : (
            <CohortSummaryTable summary={summary.data} names={names} />
          )
        ) : (
          summary.status === 'loading' && <Loading />
        )}
      </section>
      {!organiser && <CohortStudents cohortId={cohortId} />}
    </section>
  );
}
