import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { PayoutBatches } from './payout-batches';
import { StatementLines } from './statement-lines';
import { ApproveAll } from './approve-all';
import { useI18n } from '../../i18n/i18n';
import { defaultCohortId } from '../../lib/default-cohort';
import { formatYuan } from '../../lib/format';
import { logsProblemText, type Statement } from './logs-stipends';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './logs.css';

/** Organisers: a cohort's stipend statements and mentor allowances, approvals and payout batches. */
export default function StipendsPage() {
  const { t } = useI18n();
  useTitle(t('stipends.title'));
  const [params, setParams] = useSearchParams();
  const cohortId = params.get('cohortId') ?? '';
  const kind = params.get('kind') === 'mentor' ? 'mentor' : 'intern';
  const cohorts = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal })),
    ['/v1/cohorts'],
  );
  const items = cohorts.data?.items ?? [];
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if (cohortId || items.length === 0) return;
    const cohort = defaultCohortId(items);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('cohortId', cohort);
        return next;
      },
      { replace: true },
    );
  }, [cohortId, items, setParams]);

  const [notice, setNotice] = useState<string>();
  const statements = usePagedList(
    (cursor, signal) =>
      cohortId
        ? unwrap(
            api.GET('/v1/cohorts/{cohortId}/stipend-statements', {
              params: { path: { cohortId }, query: { kind, limit: 50, cursor } },
              signal,
            }),
          )
        : Promise.resolve({ items: [], nextCursor: null }),
    ['/v1/cohorts/{cohortId}/stipend-statements', cohortId, kind],
  );

  return (
    <section className="page" aria-labelledby="stipends-title">
      <h1 id="stipends-title">{t('stipends.title')}</h1>
      {cohorts.status === 'error' && <LoadError error={cohorts.error} onRetry={cohorts.reload} />}
      <SelectField
        id="stipends-cohort"
        label={t('stipends.cohort')}
        value={cohortId}
        onChange={(e) => set('cohortId', e.target.value)}
      >
        {!cohortId && <option value="">{t('stipends.choose_cohort')}</option>}
        {items.map((c) => (
          <option key={c.cohortId} value={c.cohortId}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="tabs plain-group" aria-label={t('stipends.title')}>
        {(['intern', 'mentor'] as const).map((k) => (
          <button
            key={k}
            type="button"
            className={k === kind ? 'button primary' : 'button secondary'}
            aria-pressed={k === kind}
            onClick={() => set('kind', k)}
          >
            {t(k === 'intern' ? 'stipends.interns' : 'stipends.mentors')}
          </button>
        ))}
      </fieldset>
      {notice && <Alert tone="success">{notice}</Alert>}
      {statements.status === 'loading' && <Loading />}
      {statements.status === 'error' && <LoadError error={statements.error} onRetry={statements.reload} />}
      {statements.status === 'ready' && (
        <>
          {statements.items.length === 0 && <p className="result-count">{t('stipends.none')}</p>}
          <ApproveAll key={`${cohortId}-${kind}`} statements={statements.items} />
          <ul className="row-list">
            {statements.items.map((s) => (
              <StatementRow key={s.payeeId} statement={s} onApproved={setNotice} />
            ))}
          </ul>
          <LoadMore list={statements} />
        </>
      )}
      {cohortId && <PayoutBatches cohortId={cohortId} />}
    </section>
  );
}

function StatementRow({ statement, onApproved }: { statement: Statement; onApproved: (message: string) => void }) {
  const { t } = useI18n();
  const { failure, busy, send } = useFormSubmit({ problem: logsProblemText });
  const approve = () =>
    send(async () => {
      await unwrap(
        api.POST('/v1/cohorts/{cohortId}/stipend-statements/{payeeId}/approve', {
          params: { path: { cohortId: statement.cohortId, payeeId: statement.payeeId } },
          body: { totalFen: statement.totalFen },
        }),
      );
      onApproved(t('stipends.approved', { name: statement.payeeName, amount: formatYuan(statement.totalFen) }));
    });
  return (
    <li className="row-item" data-testid="statement" data-payee={statement.payeeId}>
      <h3>
        {statement.payeeName} · <span data-money>{formatYuan(statement.totalFen)}</span> ·{' '}
        <span className="week-status">{t(`stipend.status.${statement.status}`)}</span>
      </h3>
      <details>
        <summary>{t('stipends.details')}</summary>
        <StatementLines statement={statement} />
      </details>
      {failure && <Alert tone="error">{failure}</Alert>}
      {statement.status === 'computed' && (
        <div className="actions-row">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={approve}
            aria-label={`${t('stipends.approve')} ${statement.payeeName}`}
          >
            {t('stipends.approve')}
          </button>
        </div>
      )}
    </li>
  );
}
