/** Bulk registration from a spreadsheet: the template, the upload, and following the job it starts. */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { ImportHistory } from './import-history';
import { ImportProgress } from './import-progress';
import { XlsxDownload } from '../../ui/xlsx-download';
import { useI18n } from '../../i18n/i18n';
import { fileToBase64, MAX_FILE_BYTES, uploadProblem, type ImportJob } from './imports';
import { idempotencyKey } from '../../lib/idempotency';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { useUniversities } from '../../lib/use-universities';
import './cohorts.css';
import './imports.css';

/** How often the page asks for the job while the worker registers its rows. */
const POLL_MS = 2_000;

/**
 * Bulk registration: the template, the upload, and the job's progress with each row's outcome. The
 * upload only hands the file over: the server registers the rows by itself, so the page merely
 * shows how far it got (asking every two seconds while the job is unfinished) and may be closed at
 * any time; the uploader is told by mail and in the notification centre when the job is done.
 */
export default function CohortImportPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const { cohortId = '' } = useParams();
  const organiser = user.role === 'organiser';
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const universities = useUniversities(organiser);
  const [universityId, setUniversityId] = useState('');
  const [file, setFile] = useState<File>();
  const [consent, setConsent] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<ImportJob>();

  const [search, setSearch] = useSearchParams();
  const jobParam = search.get('job');
  useTitle(t('import.title'));

  // A job in the address (after an upload, or opened again later) is shown as it stands.
  useEffect(() => {
    if (!jobParam || job?.importJobId === jobParam) return;
    const controller = new AbortController();
    unwrap(
      api.GET('/v1/imports/{importJobId}', { params: { path: { importJobId: jobParam } }, signal: controller.signal }),
    ).then(setJob, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(uploadProblem(error, t, lang));
    });
    return () => controller.abort();
  }, [jobParam, job?.importJobId, t, lang]);

  // Live progress: the job is asked for again after each answer while unfinished, and no more once done.
  const unfinished = job !== undefined && job.status !== 'completed';
  useEffect(() => {
    if (!unfinished || !job) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const latest = await unwrap(
          api.GET('/v1/imports/{importJobId}', {
            params: { path: { importJobId: job.importJobId } },
            signal: controller.signal,
          }),
        );
        setJob((current) => (current?.importJobId === latest.importJobId ? latest : current));
      } catch {
        // A missed poll is harmless: the figures come with the next one.
        if (!controller.signal.aborted) setJob((current) => (current ? { ...current } : current));
      }
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [unfinished, job]);

  if (cohort.status === 'error') return <LoadError error={cohort.error} onRetry={cohort.reload} />;
  if (!cohort.data) return <Loading />;
  const c = cohort.data;
  const participating = (universities.data ?? []).filter((u) =>
    c.universities.some((p) => p.universityId === u.universityId),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing =
      organiser && !universityId
        ? 'import.need_university'
        : !file
          ? 'import.need_file'
          : !consent
            ? 'import.need_consent'
            : undefined;
    if (missing) return setFailure(t(missing));
    if (file!.size > MAX_FILE_BYTES) return setFailure(t('import.file_too_large'));
    setFailure(undefined);
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/imports', {
          params: { path: { cohortId }, header: { 'idempotency-key': idempotencyKey() } },
          body: {
            filename: file!.name,
            content: await fileToBase64(file!),
            consent: true,
            ...(organiser ? { universityId } : {}),
          },
        }),
      );
      setJob(created);
      setSearch({ job: created.importJobId }, { replace: true });
    } catch (error) {
      setFailure(uploadProblem(error, t, lang));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setSearch({}, { replace: true });
    setJob(undefined);
    setFile(undefined);
    setFailure(undefined);
  };

  return (
    <section className="page" aria-labelledby="import-title">
      <Link to={`/cohorts/${cohortId}`} className="back">
        {t('cohort.back_to_cohort')}
      </Link>
      <p className="eyebrow">{c.name}</p>
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>

      <h2>{t('import.step_template')}</h2>
      <p className="muted">{t('import.template_hint')}</p>
      <div className="card-actions import-templates">
        <XlsxDownload
          label={t('import.template_xlsx')}
          fallbackName="registration-import-template.xlsx"
          request={() =>
            api.GET('/v1/cohorts/{cohortId}/imports/template.xlsx', { params: { path: { cohortId } }, parseAs: 'blob' })
          }
        />
        <XlsxDownload
          label={t('import.template_csv')}
          fallbackName="registration-import-template.csv"
          request={() =>
            api.GET('/v1/cohorts/{cohortId}/imports/template.csv', { params: { path: { cohortId } }, parseAs: 'blob' })
          }
        />
      </div>

      {!job && (
        <form className="import-form" onSubmit={submit} noValidate>
          <h2>{t('import.step_upload')}</h2>
          {failure && (
            <Alert tone="error" focus>
              {failure}
            </Alert>
          )}
          {organiser && (
            <SelectField
              id="universityId"
              label={t('import.university')}
              required
              value={universityId}
              onChange={(e) => setUniversityId(e.target.value)}
            >
              <option value="">{t('import.choose_university')}</option>
              {participating.map((u) => (
                <option key={u.universityId} value={u.universityId}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextField
            id="importFile"
            type="file"
            label={t('import.file')}
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => setFile(e.target.files?.[0])}
          />
          <label className="check">
            <input
              type="checkbox"
              id="importConsent"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />
            {t('import.consent')}
          </label>
          <button type="submit" className="button primary block-mobile" disabled={busy}>
            {busy ? t('import.uploading') : t('import.upload')}
          </button>
        </form>
      )}
      {!job && <ImportHistory cohortId={cohortId} timeZone={c.timeZone} />}

      {job && <ImportProgress job={job} failure={failure} onAnother={reset} />}
    </section>
  );
}
