import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { stageKey } from './conversion';
import { problemText } from '../../lib/problem-text';
import { degreeKey } from '../../lib/format';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './conversion.css';

/** Outcomes of a cohort: organisers open and edit them; a coordinator reads their own university's students. */
export default function OutcomesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  useTitle(t('conv.outcomes_title'));
  const [params, setParams] = useSearchParams();
  const cohortId = params.get('cohortId') ?? '';
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const cohorts = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal })),
    ['/v1/cohorts'],
  );
  const list = usePagedList(
    (cursor, signal) =>
      cohortId
        ? unwrap(api.GET('/v1/outcomes', { params: { query: { cohortId, limit: 50, cursor } }, signal }))
        : Promise.resolve({ items: [], nextCursor: null }),
    ['/v1/outcomes', cohortId],
  );
  const organiser = user?.role === 'organiser';

  async function openAll() {
    setNotice(null);
    try {
      const result = await unwrap(api.POST('/v1/outcomes/open-cohort', { body: { cohortId } }));
      setNotice({ tone: 'success', text: t('conv.opened', result) });
    } catch (error) {
      setNotice({ tone: 'error', text: problemText(error, t) });
    }
  }

  return (
    <section className="page" aria-labelledby="outcomes-title">
      <h1 id="outcomes-title">{t('conv.outcomes_title')}</h1>
      {!organiser && <p className="muted">{t('conv.outcomes_intro_coordinator')}</p>}
      <div className="conv-filters">
        <label>
          {t('conv.cohort')}
          <select
            value={cohortId}
            onChange={(e) => setParams(e.target.value ? { cohortId: e.target.value } : {}, { replace: true })}
          >
            <option value="">—</option>
            {cohorts.data?.items.map((c) => (
              <option key={c.cohortId} value={c.cohortId}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {organiser && cohortId && (
          <button type="button" className="button secondary" onClick={openAll}>
            {t('conv.open_cohort')}
          </button>
        )}
      </div>
      {notice && <Alert tone={notice.tone} title={notice.text} />}
      {!cohortId ? (
        <p className="muted">{t('conv.choose_cohort')}</p>
      ) : list.status === 'error' ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : list.status === 'loading' && list.items.length === 0 ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p className="muted">{t('conv.none')}</p>
      ) : (
        <table className="report-table" data-table="outcomes">
          <thead>
            <tr>
              <th scope="col">{t('conv.name')}</th>
              <th scope="col">{t('conv.stage')}</th>
              <th scope="col">{t('conv.employer')}</th>
              <th scope="col">{t('conv.post')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((o) => (
              <tr key={o.outcomeId} data-outcome={o.outcomeId}>
                <th scope="row">
                  <Link to={`/outcomes/${o.outcomeId}`}>{o.name}</Link>{' '}
                  <span className="muted">{t(degreeKey(o.degreeLevel))}</span>
                </th>
                <td data-label={t('conv.stage')} data-field="stage">
                  {t(stageKey(o.stage))}
                </td>
                <td data-label={t('conv.employer')}>{o.employer ?? '—'}</td>
                <td data-label={t('conv.post')}>{o.post ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cohortId && <LoadMore list={list} />}
    </section>
  );
}
