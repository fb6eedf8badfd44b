import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { StudentFields } from './student-fields';
import { useI18n } from '../../i18n/i18n';
import {
  emptyStudent,
  missingStudentFields,
  registrationFieldErrors,
  registrationProblem,
  toRegistrationInput,
  type StudentDraft,
} from './cohorts';
import type { FieldErrors } from '../../lib/problem-text';
import { idempotencyKey } from '../../lib/idempotency';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { useUniversities } from '../../lib/use-universities';
import './cohorts.css';

/** Registers one student; after each success the form is ready for the next one. */
export default function CohortRegisterPage() {
  const { t } = useI18n();
  const user = useUser();
  const { cohortId = '' } = useParams();
  const organiser = user.role === 'organiser';
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const universities = useUniversities(organiser);
  const [draft, setDraft] = useState<StudentDraft>(emptyStudent);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  // One key per filled-in form: a retry after a dropped connection is not a second registration.
  const key = useRef(idempotencyKey());
  useTitle(t('creg.form.title'));

  if (cohort.status === 'error') return <LoadError error={cohort.error} onRetry={cohort.reload} />;
  if (!cohort.data) return <Loading />;
  const c = cohort.data;
  const set = <K extends keyof StudentDraft>(field: K, value: StudentDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const participating = organiser
    ? (universities.data ?? []).filter((u) => c.universities.some((p) => p.universityId === u.universityId))
    : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const local = missingStudentFields(draft, t, organiser);
    if (Object.keys(local).length) {
      setErrors(local);
      setFailure(t('creg.form.fix_fields'));
      return;
    }
    setErrors({});
    setFailure(undefined);
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/registrations', {
          params: { path: { cohortId }, header: { 'idempotency-key': key.current } },
          body: toRegistrationInput(draft, organiser),
        }),
      );
      setDone(t('creg.form.done', { name: created.name }));
      setDraft({ ...emptyStudent(), universityId: draft.universityId });
      key.current = idempotencyKey();
    } catch (error) {
      const fields = registrationFieldErrors(error, t);
      setErrors(fields);
      setFailure(
        Object.keys(fields).length
          ? `${registrationProblem(error, t)} ${t('creg.form.fix_fields')}`
          : registrationProblem(error, t),
      );
      key.current = idempotencyKey();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page narrow" aria-labelledby="register-title">
      <Link to={`/cohorts/${cohortId}`} className="back">
        {t('cohort.back_to_cohort')}
      </Link>
      <p className="eyebrow">{c.name}</p>
      <h1 id="register-title">{t('creg.form.title')}</h1>
      <p className="lead">{t('creg.form.intro')}</p>
      {done && (
        <Alert tone="success" focus>
          {done}
        </Alert>
      )}
      <form className="registration-form student-form" onSubmit={submit} noValidate>
        {failure && (
          <Alert tone="error" focus>
            {failure}
          </Alert>
        )}
        <StudentFields
          draft={draft}
          set={set}
          errors={errors}
          degreeLevels={c.eligibleDegreeLevels}
          universities={participating}
        />
        <div className="form-actions">
          <button type="submit" className="button primary block-mobile" disabled={busy}>
            {busy ? t('creg.form.submitting') : t('creg.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
