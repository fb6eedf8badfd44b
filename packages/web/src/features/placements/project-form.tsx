import { useState, type FormEvent } from 'react';
import { useI18n, type Translate } from '../../i18n/i18n';
import { DEGREES, degreeLabel, splitList, type DegreeLevel, type Project } from './placements';
import { fieldErrorsOf, type FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ApiError } from '../../api/errors';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';

export interface ProjectInput {
  cohortId?: string;
  title: string;
  description: string;
  majors: string[];
  disciplines: string[];
  degreeLevels: DegreeLevel[];
  seats: number;
  supervisor: { name: string; title?: string };
}

/** A conflict on `seats` means fewer seats than interns already placed, which the generic sentence does not say. */
function projectFieldErrors(error: unknown, t: Translate): FieldErrors {
  const fields = fieldErrorsOf(error, t);
  if (error instanceof ApiError && error.code === 'conflict' && fields.seats) fields.seats = t('prj.seats_below');
  return fields;
}

/** Post a project (with a cohort to choose) or edit one (the cohort stays). */
export function ProjectForm({
  project,
  cohorts,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  project?: Project;
  cohorts?: { cohortId: string; name: string }[];
  submitLabel: string;
  onSubmit(input: ProjectInput): Promise<void>;
  onCancel?(): void;
}) {
  const { t } = useI18n();
  const idp = project ? `prj-${project.projectId}` : 'prj-new';
  const [cohortId, setCohortId] = useState(cohorts?.[0]?.cohortId ?? '');
  const [title, setTitle] = useState(project?.title ?? '');
  const [description, setDescription] = useState(project?.description ?? '');
  const [majors, setMajors] = useState(project?.majors.join('、') ?? '');
  const [disciplines, setDisciplines] = useState(project?.disciplines.join('、') ?? '');
  const [degrees, setDegrees] = useState<DegreeLevel[]>(project?.degreeLevels ?? ['master', 'phd']);
  const [seats, setSeats] = useState(project ? String(project.seats) : '');
  const [supervisor, setSupervisor] = useState(project?.supervisor.name ?? '');
  const [supervisorTitle, setSupervisorTitle] = useState(project?.supervisor.title ?? '');
  const { errors, failure, busy, reject, send } = useFormSubmit({ fieldErrors: projectFieldErrors });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!project && !cohortId) missing.cohortId = t('field.required');
    if (!title.trim()) missing.title = t('field.required');
    if (!description.trim()) missing.description = t('field.required');
    if (!/^\d+$/.test(seats.trim()) || Number(seats) < 1) missing.seats = t('field.required');
    if (!supervisor.trim()) missing['supervisor.name'] = t('field.required');
    if (Object.keys(missing).length) return reject(missing);
    await send(() =>
      onSubmit({
        ...(project ? {} : { cohortId }),
        title: title.trim(),
        description: description.trim(),
        majors: splitList(majors),
        disciplines: splitList(disciplines),
        degreeLevels: degrees,
        seats: Number(seats),
        supervisor: { name: supervisor.trim(), ...(supervisorTitle.trim() ? { title: supervisorTitle.trim() } : {}) },
      }),
    );
  };

  const toggle = (degree: DegreeLevel) =>
    setDegrees((d) => (d.includes(degree) ? d.filter((x) => x !== degree) : [...d, degree]));

  return (
    <form className="form" noValidate onSubmit={submit}>
      {failure && <Alert tone="error" title={failure} focus />}
      {!project && cohorts && (
        <SelectField
          id={`${idp}-cohort`}
          label={t('prj.cohort')}
          required
          value={cohortId}
          onChange={(e) => setCohortId(e.target.value)}
          error={errors.cohortId}
        >
          {cohorts.map((c) => (
            <option key={c.cohortId} value={c.cohortId}>
              {c.name}
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        id={`${idp}-title`}
        label={t('prj.title')}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errors.title}
      />
      <TextAreaField
        id={`${idp}-description`}
        label={t('prj.description')}
        required
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.description}
      />
      <div className="field-row">
        <TextField
          id={`${idp}-majors`}
          label={t('prj.majors')}
          hint={t('prj.majors_hint')}
          value={majors}
          onChange={(e) => setMajors(e.target.value)}
          error={errors.majors}
        />
        <TextField
          id={`${idp}-disciplines`}
          label={t('prj.disciplines')}
          value={disciplines}
          onChange={(e) => setDisciplines(e.target.value)}
          error={errors.disciplines}
        />
      </div>
      <fieldset className="checks">
        <legend>{t('prj.degree_levels')}</legend>
        {DEGREES.map((d) => (
          <label key={d} className="check">
            <input type="checkbox" checked={degrees.includes(d)} onChange={() => toggle(d)} /> {degreeLabel(t, d)}
          </label>
        ))}
        <p className="hint">{t('prj.degree_hint')}</p>
      </fieldset>
      <div className="field-row">
        <TextField
          id={`${idp}-seats`}
          label={t('prj.seats')}
          required
          inputMode="numeric"
          value={seats}
          onChange={(e) => setSeats(e.target.value)}
          error={errors.seats}
        />
        <TextField
          id={`${idp}-supervisor`}
          label={t('prj.supervisor')}
          required
          value={supervisor}
          onChange={(e) => setSupervisor(e.target.value)}
          error={errors['supervisor.name']}
        />
        <TextField
          id={`${idp}-supervisor-title`}
          label={t('prj.supervisor_title')}
          value={supervisorTitle}
          onChange={(e) => setSupervisorTitle(e.target.value)}
          error={errors['supervisor.title']}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('prj.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
