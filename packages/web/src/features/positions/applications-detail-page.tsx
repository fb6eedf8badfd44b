import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { degreeKey, formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { ApplicationMoves } from './applications-moves';
import {
  type Application,
  type ApplicationStatus,
  ApplicationBadge,
  applicationStatusLabel,
  moveApplication,
  scheduleInterview,
} from './applications-shared';
import { InterviewForm } from './interview-form';
import { InterviewSummary } from './interview-summary';
import { isMissing, isVersionConflict, TransitionRefused } from './positions';
import { failedMove, type RecordNotice, RecordNotices } from './record-notices';
import './messages';
import './positions.css';
import './applications.css';

/** One application for organisers: the person, the CV by its signed link, the moves left, and the interview. */
export default function ApplicationDetailPage() {
  const { t, lang } = useI18n();
  const { positionId = '', applicationId = '' } = useParams();
  const get = useCallback(
    (signal?: AbortSignal) =>
      unwrap(api.GET('/v1/applications/{applicationId}', { params: { path: { applicationId } }, signal })),
    [applicationId],
  );
  const detail = useResource((signal) => get(signal), ['/v1/applications/{applicationId}', applicationId, get]);
  const [notice, setNotice] = useState<RecordNotice<ApplicationStatus> | { kind: 'scheduled' }>();
  const [scheduling, setScheduling] = useState(false);
  const [busy, setBusy] = useState(false);
  useTitle(detail.data ? `${detail.data.name} · ${t('screening.title')}` : t('screening.title'));

  const back = (
    <p className="back">
      <Link to={`/recruitment/positions/${positionId}/applications`}>{t('screening.back_to_list')}</Link>
    </p>
  );
  if (detail.status === 'error' && isMissing(detail.error))
    return (
      <section className="page" aria-labelledby="missing-title">
        {back}
        <h1 id="missing-title">{t('screening.title')}</h1>
        <Alert tone="warning">{t('screening.missing')}</Alert>
      </section>
    );
  if (detail.status === 'error') return <LoadError error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  const a = detail.data;
  // Whatever changed, the CV link comes with a fresh read of the application.
  const refresh = async (changed?: Application) => {
    if (changed) detail.setData({ ...a, ...changed });
    detail.setData(await get());
  };

  const move = async (to: ApplicationStatus, reason?: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await refresh(await moveApplication(applicationId, { to, version: a.version, ...(reason ? { reason } : {}) }));
      setNotice({ kind: 'moved' });
      return true;
    } catch (error) {
      setNotice(failedMove(error, t));
      if (error instanceof TransitionRefused || isVersionConflict(error)) await refresh();
      return false;
    } finally {
      setBusy(false);
    }
  };

  const schedule = async (input: Parameters<typeof scheduleInterview>[1]) => {
    setNotice(undefined);
    try {
      await refresh(await scheduleInterview(applicationId, input));
      setScheduling(false);
      setNotice({ kind: 'scheduled' });
    } catch (error) {
      if (error instanceof TransitionRefused || isVersionConflict(error)) {
        setScheduling(false);
        setNotice(failedMove(error, t));
        await refresh();
        return;
      }
      throw error;
    }
  };
  const canSchedule = a.status === 'shortlisted' || a.status === 'interview';

  return (
    <section className="page application-page" aria-labelledby="application-heading">
      {back}
      <div className="page-head">
        <div>
          <h1 id="application-heading">{a.name}</h1>
          <p className="card-meta">
            <ApplicationBadge status={a.status} />
            <span className="muted">{t('screening.applied_at', { time: formatDateTime(a.createdAt, lang) })}</span>
          </p>
        </div>
      </div>
      {notice?.kind === 'scheduled' ? (
        <Alert tone="success" focus>
          {t('screening.scheduled')}
        </Alert>
      ) : (
        <RecordNotices
          notice={notice}
          status={a.status}
          label={(s) => applicationStatusLabel(t, s)}
          created={t('screening.moved', { status: applicationStatusLabel(t, a.status) })}
        />
      )}

      <section className="panel" aria-labelledby="moves-title">
        <h2 id="moves-title">{t('screening.moves')}</h2>
        {a.reason && (
          <p>
            {t('screening.reason')}: {a.reason}
          </p>
        )}
        <ApplicationMoves application={a} busy={busy} onMove={move} />
      </section>

      <section className="panel" aria-labelledby="interview-title">
        <h2 id="interview-title">{t('screening.interview')}</h2>
        {a.interview ? <InterviewSummary interview={a.interview} /> : <p>{t('screening.interview_none')}</p>}
        {canSchedule &&
          (scheduling ? (
            <InterviewForm application={a} onSubmit={schedule} onCancel={() => setScheduling(false)} />
          ) : (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                setNotice(undefined);
                setScheduling(true);
              }}
            >
              {a.interview ? t('screening.reschedule') : t('screening.schedule')}
            </button>
          ))}
      </section>

      <section className="panel" aria-labelledby="details-title">
        <h2 id="details-title">{t('screening.details')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('screening.phone')}</dt>
            <dd>{a.phone}</dd>
          </div>
          <div>
            <dt>{t('screening.email')}</dt>
            <dd>{a.email}</dd>
          </div>
          <div>
            <dt>{t('screening.degree')}</dt>
            <dd>{t(degreeKey(a.degreeLevel))}</dd>
          </div>
          <div>
            <dt>{t('screening.university')}</dt>
            <dd>{a.universityName}</dd>
          </div>
          <div>
            <dt>{t('screening.discipline')}</dt>
            <dd>{a.discipline}</dd>
          </div>
          <div>
            <dt>{t('screening.graduation_year')}</dt>
            <dd>{a.graduationYear}</dd>
          </div>
          <div>
            <dt>{t('screening.cv')}</dt>
            <dd className="cv-link">
              <a href={a.cv.url} target="_blank" rel="noreferrer">
                {t('screening.cv_open', { name: a.cvName })}
              </a>
              <span className="hint"> {t('screening.cv_expires', { time: formatDateTime(a.cv.expiresAt, lang) })}</span>
            </dd>
          </div>
        </dl>
      </section>
    </section>
  );
}
