/** An import job's progress as it stands: rows done, accepted and refused, then the result file and each row. */
import { api } from '../../api/client';
import { Alert } from '../../ui/feedback';
import { XlsxDownload } from '../../ui/xlsx-download';
import { useI18n } from '../../i18n/i18n';
import { ImportRows } from './import-rows';
import type { ImportJob } from './imports';

export function ImportProgress({
  job,
  failure,
  onAnother,
}: {
  job: ImportJob;
  failure?: string;
  onAnother: () => void;
}) {
  const { t } = useI18n();
  const percent = job && job.totalRows > 0 ? Math.round((job.rowsDone / job.totalRows) * 100) : 0;
  return (
    <section aria-labelledby="import-progress-title" className="import-progress">
      <h2 id="import-progress-title">{t('import.step_progress')}</h2>
      {failure && <Alert tone="error">{failure}</Alert>}
      <progress
        id="import-progress-bar"
        max={job.totalRows}
        value={job.rowsDone}
        aria-describedby="import-progress-text"
      >
        {percent}%
      </progress>
      <p id="import-progress-text" aria-live="polite">
        {t('import.progress', { done: job.rowsDone, total: job.totalRows })}（{percent}%） ·{' '}
        {t('import.counts', { accepted: job.accepted, rejected: job.rejected })}
      </p>
      {job.status !== 'completed' && <Alert tone="info">{t('import.running')}</Alert>}
      {job.status === 'completed' && (
        <Alert tone="success" focus>
          {t('import.completed', { accepted: job.accepted, rejected: job.rejected })}
        </Alert>
      )}
      {job.status === 'completed' && (
        <div className="card-actions">
          <XlsxDownload
            label={t('import.result_file')}
            fallbackName="import-result.xlsx"
            request={() =>
              api.GET('/v1/imports/{importJobId}/result.xlsx', {
                params: { path: { importJobId: job.importJobId } },
                parseAs: 'blob',
              })
            }
          />
          <button type="button" className="button secondary" onClick={onAnother}>
            {t('import.another')}
          </button>
        </div>
      )}
      {job.status === 'completed' && <ImportRows job={job} />}
    </section>
  );
}
