/** Creating or editing a cohort: dates, registration window, degrees, check-in hours, stipend policy, quotas. */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { TextAreaField, TextField } from '../../ui/field';
import { QuotaEditor } from './quota-editor';
import { CohortStipendFields } from './cohort-stipend-fields';
import { useI18n } from '../../i18n/i18n';
import { cohortFieldErrors, emptyCohort, toCohortDraft, toCohortInput, type CohortDraft } from './cohort-draft';
import { degreeLevelKey, type Cohort } from './cohorts';
import { problemText, type FieldErrors } from '../../lib/problem-text';
import { useTitle } from '../../lib/use-title';
import { useUniversities } from '../../lib/use-universities';
import './cohorts.css';

const DEGREES = ['master', 'phd', 'bachelor'] as const;

/** Creates a cohort, or edits one (sending the version it read; a stale one reloads and says so). */
export default function CohortFormPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { cohortId } = useParams();
  const universities = useUniversities();
  const [loaded, setLoaded] = useState<Cohort>();
  const [loadError, setLoadError] = useState<unknown>();
  const [draft, setDraft] = useState<CohortDraft>(emptyCohort);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  useTitle(cohortId ? t('cohort.form.edit_title') : t('cohort.form.create_title'));

  const load = useCallback(() => {
    if (!cohortId) return;
    unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } } })).then((c) => {
      setLoaded(c);
      setDraft(toCohortDraft(c));
    }, setLoadError);
  }, [cohortId]);
  useEffect(load, [load]);

  if (loadError) return <LoadError error={loadError} />;
  if (cohortId && !loaded) return <Loading />;
  const set = <K extends keyof CohortDraft>(field: K, value: CohortDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const text = (field: keyof CohortDraft) => ({
    value: draft[field] as string,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value as never),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) {
      setErrors({ name: t('field.required') });
      setFailure(t('creg.form.fix_fields'));
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure(undefined);
    try {
      const body = toCohortInput(draft);
      const saved = loaded
        ? await unwrap(
            api.PATCH('/v1/cohorts/{cohortId}', {
              params: { path: { cohortId: loaded.cohortId } },
              body: { ...body, version: loaded.version },
            }),
          )
        : await unwrap(api.POST('/v1/cohorts', { body }));
      navigate(`/cohorts/${saved.cohortId}`);
    } catch (error) {
      setErrors(cohortFieldErrors(error, t));
      setFailure(problemText(error, t));
      if (error instanceof ApiError && error.code === 'version_conflict') load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="cohort-form-title">
      <Link to={loaded ? `/cohorts/${loaded.cohortId}` : '/cohorts'} className="back">
        {loaded ? t('cohort.back_to_cohort') : t('cohort.back')}
      </Link>
      <h1 id="cohort-form-title">{loaded ? t('cohort.form.edit_title') : t('cohort.form.create_title')}</h1>
      <form className="cohort-form" onSubmit={submit} noValidate>
        {failure && (
          <Alert tone="error" focus>
            {failure}
          </Alert>
        )}
        <TextField
          id="name"
          label={t('cohort.form.name')}
          {...text('name')}
          error={errors.name}
          maxLength={120}
          required
        />
        <div className="grid-2">
          <TextField
            id="startsOn"
            type="date"
            label={t('cohort.form.starts_on')}
            {...text('startsOn')}
            error={errors.startsOn}
            required
          />
          <TextField
            id="endsOn"
            type="date"
            label={t('cohort.form.ends_on')}
            {...text('endsOn')}
            error={errors.endsOn}
            required
          />
        </div>
        <div className="grid-2">
          <TextField
            id="opensAt"
            type="datetime-local"
            label={t('cohort.form.opens_at')}
            {...text('opensAt')}
            error={errors.opensAt}
            required
          />
          <TextField
            id="closesAt"
            type="datetime-local"
            label={t('cohort.form.closes_at')}
            {...text('closesAt')}
            error={errors.closesAt}
            required
          />
        </div>
        <TextField
          id="timeZone"
          label={t('cohort.form.time_zone')}
          {...text('timeZone')}
          error={errors.timeZone}
          maxLength={60}
          required
        />
        <fieldset className="checks-fieldset">
          <legend>{t('cohort.form.degrees')}</legend>
          <div className="checks">
            {DEGREES.map((d) => (
              <label className="check" key={d}>
                <input
                  type="checkbox"
                  checked={draft.degrees.includes(d)}
                  onChange={(e) =>
                    set('degrees', e.target.checked ? [...draft.degrees, d] : draft.degrees.filter((x) => x !== d))
                  }
                />
                {t(degreeLevelKey(d))}
              </label>
            ))}
          </div>
          {errors.degrees && <p className="field-error">{errors.degrees}</p>}
        </fieldset>
        <fieldset className="checks-fieldset">
          <legend>{t('cohort.form.check_in')}</legend>
          <div className="grid-2">
            <TextField
              id="checkInStart"
              type="time"
              label={t('cohort.form.check_in_start')}
              {...text('checkInStart')}
              error={errors.checkInStart}
              required
            />
            <TextField
              id="checkInEnd"
              type="time"
              label={t('cohort.form.check_in_end')}
              {...text('checkInEnd')}
              error={errors.checkInEnd}
              required
            />
          </div>
        </fieldset>
        <CohortStipendFields
          draft={draft}
          errors={errors}
          text={text}
          onCountedDays={(value) => set('countedDays', value)}
        />
        <QuotaEditor
          rows={draft.universities}
          onChange={(rows) => set('universities', rows)}
          universities={universities.data ?? []}
          errors={errors}
        />
        <TextAreaField
          id="description"
          label={t('cohort.form.description')}
          {...text('description')}
          error={errors.description}
          maxLength={2000}
          rows={3}
        />
        <div className="form-actions">
          <button type="submit" className="button primary block-mobile" disabled={busy}>
            {busy ? t('cohort.form.saving') : t('cohort.form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
