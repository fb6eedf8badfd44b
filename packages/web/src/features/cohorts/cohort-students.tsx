import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { degreeLevelKey, registrationProblem, registrationStatusKey, type CohortRegistration } from './cohorts';
import { usePagedList } from '../../lib/use-resource';
import { RegistrationStatusBadge } from './cohort-summary-table';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';

/**
 * A coordinator's students in a cohort with their statuses. The coordinator confirms that an
 * accepted student will come, or withdraws one who cannot; each change refetches the summary, like any write.
 */
export function CohortStudents({ cohortId }: { cohortId: string }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [busy, setBusy] = useState<string>();
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/registrations', {
          params: { path: { cohortId }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/registrations', cohortId],
  );

  const change = async (r: CohortRegistration, verb: 'confirm' | 'withdraw') => {
    if (verb === 'withdraw' && !window.confirm(t('creg.withdraw_confirm', { name: r.name }))) return;
    setBusy(r.registrationId);
    setNotice(undefined);
    try {
      const path = { cohortId, registrationId: r.registrationId };
      const updated =
        verb === 'confirm'
          ? await unwrap(
              api.POST('/v1/cohorts/{cohortId}/registrations/{registrationId}/confirm', { params: { path } }),
            )
          : await unwrap(
              api.POST('/v1/cohorts/{cohortId}/registrations/{registrationId}/withdraw', {
                params: { path },
                body: {},
              }),
            );
      setNotice({
        tone: 'success',
        text: t('creg.changed', { name: r.name, status: t(registrationStatusKey(updated.status)) }),
      });
    } catch (error) {
      setNotice({ tone: 'error', text: registrationProblem(error, t) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section className="panel" aria-labelledby="students-title">
      <h2 id="students-title">{t('cohort.my_students')}</h2>
      {notice && (
        <Alert tone={notice.tone} focus>
          {notice.text}
        </Alert>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('creg.list.none')}</p>}
          <ul className="row-list">
            {list.items.map((r) => (
              <li key={r.registrationId} className="row-item" data-testid="student-row">
                <h3>
                  {r.name} <RegistrationStatusBadge status={r.status} />
                </h3>
                <p className="muted">
                  {t(degreeLevelKey(r.degreeLevel))} · {r.major} · {r.phone}
                </p>
                {r.decisionReason && <p className="muted">{t('creg.reason', { reason: r.decisionReason })}</p>}
                {(r.status === 'accepted' ||
                  r.status === 'submitted' ||
                  r.status === 'waitlisted' ||
                  r.status === 'confirmed') && (
                  <div className="actions-row">
                    {r.status === 'accepted' && (
                      <button
                        type="button"
                        className="button primary small"
                        disabled={busy === r.registrationId}
                        onClick={() => change(r, 'confirm')}
                      >
                        {t('creg.confirm')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button secondary small"
                      disabled={busy === r.registrationId}
                      onClick={() => change(r, 'withdraw')}
                    >
                      {t('creg.withdraw')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
