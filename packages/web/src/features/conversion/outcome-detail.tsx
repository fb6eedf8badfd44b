import { useI18n } from '../../i18n/i18n';
import { kindKey, stageKey, type Outcome, type RetentionLedger } from './conversion';
import { formatYuan } from '../../lib/format';

/** An outcome as everyone allowed to see it reads it: the stage, the employer and each step with its date. */
export function OutcomeSummary({ outcome }: { outcome: Outcome }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{t('conv.stage')}</dt>
        <dd data-field="stage">{t(stageKey(outcome.stage))}</dd>
        <dt>{t('conv.employer')}</dt>
        <dd>{outcome.employer ?? '—'}</dd>
        <dt>{t('conv.post')}</dt>
        <dd>{outcome.post ?? '—'}</dd>
        <dt>{t('conv.employment_kind')}</dt>
        <dd>{outcome.employmentKind ? t(kindKey(outcome.employmentKind)) : '—'}</dd>
        {outcome.agreementConfirmedOn && (
          <>
            <dt>{t('conv.agreement_confirmed_on')}</dt>
            <dd>{outcome.agreementConfirmedOn}</dd>
          </>
        )}
      </dl>
      {outcome.history.length > 0 && (
        <>
          <h2>{t('conv.history')}</h2>
          <ol className="conv-history">
            {outcome.history.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
              <li key={i}>
                {h.on} · {t(stageKey(h.stage))}
                {h.employer ? ` · ${h.employer}` : ''}
                {h.post ? ` · ${h.post}` : ''}
                {h.reason ? ` · ${h.reason}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

export function LedgerView({ ledger }: { ledger: RetentionLedger }) {
  const { t } = useI18n();
  const e = ledger.eligibility;
  return (
    <>
      <h2>{t('conv.retention_ledger')}</h2>
      {ledger.confirmations.length === 0 ? (
        <p className="muted">{t('conv.none')}</p>
      ) : (
        <ul>
          {ledger.confirmations.map((c) => (
            <li key={c.year} data-year={c.year}>
              {t('conv.retention_year', { n: c.year })} · {c.confirmedOn} ·{' '}
              {c.stillEmployed ? t('conv.still_employed') : t('conv.stage.left')} · {c.employer}
              {c.proofReference ? ` · ${c.proofReference}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p>{e.eligible ? t('conv.eligible', { amount: formatYuan(e.amountFen) }) : t('conv.not_eligible')}</p>
      {e.dueOn && <p className="muted">{t('conv.due_on', { date: e.dueOn })}</p>}
    </>
  );
}
