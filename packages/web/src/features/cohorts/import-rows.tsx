import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { reasonText, type ImportJob, type RowStatus } from './imports';
import { usePagedList } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';

type Tab = RowStatus | 'all';

/** Each row's outcome, rejected rows first (they are the ones to fix), a page at a time. */
export function ImportRows({ job }: { job: ImportJob }) {
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>(job.rejected > 0 ? 'rejected' : 'accepted');
  const rows = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/imports/{importJobId}/rows', {
          params: {
            path: { importJobId: job.importJobId },
            query: { limit: 50, cursor, ...(tab === 'all' ? {} : { status: tab }) },
          },
          signal,
        }),
      ),
    ['/v1/imports/{importJobId}/rows', job.importJobId, tab, job.rowsDone],
  );
  const tabs: [Tab, MessageKey, number | undefined][] = [
    ['rejected', 'import.tab_rejected', job.rejected],
    ['accepted', 'import.tab_accepted', job.accepted],
    ['all', 'import.tab_all', job.totalRows],
  ];

  return (
    <section aria-labelledby="import-rows-title">
      {job.reasons && job.reasons.length > 0 && (
        <section className="import-reasons" aria-labelledby="import-reasons-title">
          <h2 id="import-reasons-title">{t('import.reasons_title')}</h2>
          <ul>
            {job.reasons.map(({ reason, count }) => (
              <li key={reason}>
                <span className="import-reason-count">{count}</span> × {t(`import.reason.${reason}` as MessageKey)}
              </li>
            ))}
          </ul>
          <p className="muted">{t('import.reasons_next')}</p>
        </section>
      )}
      <h2 id="import-rows-title">{t('import.rows_title')}</h2>
      <div className="tabs" role="tablist" aria-label={t('import.rows_title')}>
        {tabs.map(([id, label, count]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`import-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="import-rows-panel"
            className={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {t(label)}（{count}）
          </button>
        ))}
      </div>
      <div id="import-rows-panel" role="tabpanel" aria-labelledby={`import-tab-${tab}`}>
        {rows.status === 'error' && <LoadError error={rows.error} onRetry={rows.reload} />}
        {rows.status === 'loading' && <Loading />}
        {rows.status === 'ready' && rows.items.length === 0 && <p className="muted">{t('import.none')}</p>}
        {rows.items.length > 0 && (
          <table className="report-table import-rows">
            <thead>
              <tr>
                <th scope="col">{t('import.col_row')}</th>
                <th scope="col">{t('import.col_name')}</th>
                <th scope="col">{t('import.col_id')}</th>
                <th scope="col">{t('import.col_status')}</th>
                <th scope="col">{t('import.col_reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.items.map((row) => (
                <tr key={row.rowNumber} className={`import-row-${row.status}`}>
                  <td data-label={t('import.col_row')}>{row.rowNumber}</td>
                  <td data-label={t('import.col_name')}>{row.name}</td>
                  <td data-label={t('import.col_id')}>{row.nationalIdMasked || '—'}</td>
                  <td data-label={t('import.col_status')}>{t(`import.status.${row.status}` as MessageKey)}</td>
                  <td data-label={t('import.col_reason')} className="import-reason">
                    {reasonText(row, lang, t)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <LoadMore list={rows} />
      </div>
    </section>
  );
}
