import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { dateIn, formatDateTime, formatYuan, TIME_ZONE } from '../../lib/format';
import { logsProblemText, type PayoutBatch } from './logs-stipends';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePagedList } from '../../lib/use-resource';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { XlsxDownload } from '../../ui/xlsx-download';

/** A cohort's payout batches: create from approved statements, export for finance, mark paid. */
export function PayoutBatches({ cohortId }: { cohortId: string }) {
  const { t } = useI18n();
  const { failure, busy, send } = useFormSubmit({ problem: logsProblemText });
  const batches = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/payout-batches', {
          params: { path: { cohortId }, query: { limit: 20, cursor } },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/payout-batches', cohortId],
  );

  const run = (action: () => Promise<unknown>) => send(action);

  const create = () =>
    run(() => unwrap(api.POST('/v1/cohorts/{cohortId}/payout-batches', { params: { path: { cohortId } } })));

  return (
    <section className="panel" aria-labelledby="batches-title">
      <div className="panel-head">
        <h2 id="batches-title">{t('stipends.batches')}</h2>
        <button type="button" className="button primary" disabled={busy} onClick={create}>
          {t('stipends.create_batch')}
        </button>
      </div>
      {failure && <Alert tone="error">{failure}</Alert>}
      {batches.status === 'loading' && <Loading />}
      {batches.status === 'error' && <LoadError error={batches.error} onRetry={batches.reload} />}
      {batches.status === 'ready' && (
        <>
          {batches.items.length === 0 && <p className="result-count">{t('stipends.no_batches')}</p>}
          <ul className="row-list">
            {batches.items.map((b) => (
              <Batch key={b.batchId} batch={b} busy={busy} onPay={() => run(() => pay(b))} />
            ))}
          </ul>
          <LoadMore list={batches} />
        </>
      )}
    </section>
  );
}

/** The key is per batch, so a retried click (or a second tab) pays nothing twice. */
const pay = (batch: PayoutBatch) =>
  unwrap(
    api.POST('/v1/payout-batches/{batchId}/pay', {
      params: { path: { batchId: batch.batchId }, header: { 'idempotency-key': `pay-${batch.batchId}` } },
    }),
  );

function Batch({ batch, busy, onPay }: { batch: PayoutBatch; busy: boolean; onPay: () => void }) {
  const { t, lang } = useI18n();
  return (
    <li className="row-item" data-testid="payout-batch" data-batch={batch.batchId}>
      <h3>
        {t('stipends.batch_name', { date: dateIn(batch.createdAt, TIME_ZONE), count: batch.count })} ·{' '}
        <span className="week-status">{t(`stipends.batch.${batch.status}`)}</span>
      </h3>
      <p>{t('stipends.batch_summary', { count: batch.count, amount: formatYuan(batch.totalFen) })}</p>
      {batch.paidAt && <p className="muted">{t('stipends.paid_at', { at: formatDateTime(batch.paidAt, lang) })}</p>}
      <div className="actions-row">
        <XlsxDownload
          label={t('stipends.export')}
          fallbackName={`payout-batch-${batch.batchId}.xlsx`}
          request={() =>
            api.GET('/v1/payout-batches/{batchId}/workbook.xlsx', {
              params: { path: { batchId: batch.batchId } },
              parseAs: 'blob',
            })
          }
        />
        {batch.status === 'open' && (
          <button
            type="button"
            className="button secondary"
            disabled={busy}
            onClick={() => {
              if (window.confirm(t('stipends.pay_confirm'))) onPay();
            }}
          >
            {t('stipends.pay')}
          </button>
        )}
      </div>
    </li>
  );
}
