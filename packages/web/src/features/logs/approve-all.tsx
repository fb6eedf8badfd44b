import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import { Alert } from '../../ui/feedback';
import { logsProblemText, type Statement } from './logs-stipends';

type Outcome = { approved: number; skipped: { name: string; reason: string }[] };

/**
 * Approves the statements on screen that wait for approval, one by one, each at the total the organiser sees: one
 * whose total changed meanwhile is refused by the server (statement_changed) and reported, never approved blindly.
 */
export function ApproveAll({ statements }: { statements: Statement[] }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const pending = statements.filter((s) => s.status === 'computed');
  const sum = pending.reduce((total, s) => total + s.totalFen, 0);

  const approveAll = async () => {
    const summary = { count: pending.length, amount: formatYuan(sum) };
    if (!window.confirm(t('stipends.approve_all_confirm', summary))) return;
    setBusy(true);
    setOutcome(undefined);
    const result: Outcome = { approved: 0, skipped: [] };
    for (const statement of pending) {
      try {
        await unwrap(
          api.POST('/v1/cohorts/{cohortId}/stipend-statements/{payeeId}/approve', {
            params: { path: { cohortId: statement.cohortId, payeeId: statement.payeeId } },
            body: { totalFen: statement.totalFen },
          }),
        );
        result.approved += 1;
      } catch (error) {
        const reason = error instanceof ApiError ? logsProblemText(error, t) : t('stipends.approve_all_offline');
        result.skipped.push({ name: statement.payeeName, reason });
      }
    }
    setOutcome(result);
    setBusy(false);
  };

  return (
    <div className="panel" data-testid="approve-all">
      {outcome && (
        <Alert tone={outcome.skipped.length ? 'warning' : 'success'} focus>
          <p>{t('stipends.approve_all_done', { approved: outcome.approved, skipped: outcome.skipped.length })}</p>
          {outcome.skipped.length > 0 && (
            <ul data-testid="approve-all-skipped">
              {outcome.skipped.map((s) => (
                <li key={s.name}>{t('stipends.approve_all_skipped', s)}</li>
              ))}
            </ul>
          )}
          <p>{t(outcome.skipped.length ? 'stipends.approve_all_next_skipped' : 'stipends.approve_all_next')}</p>
        </Alert>
      )}
      {pending.length > 0 && (
        <div className="actions-row">
          <p data-testid="approve-all-total">
            {t('stipends.approve_all_total', { count: pending.length, amount: formatYuan(sum) })}
          </p>
          <button type="button" className="button primary" disabled={busy} onClick={approveAll}>
            {t('stipends.approve_all')}
          </button>
        </div>
      )}
    </div>
  );
}
