import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Alert } from '../../ui/feedback';
import { SelectField, TextAreaField, TextField } from '../../ui/field';
import { draftProblems, type PositionDraft } from './position-draft';
import {
  CLUSTERS,
  clusterLabel,
  COUNTIES,
  countyLabel,
  DEGREES,
  degreeLabel,
  POST_KINDS,
  postKindLabel,
} from './positions';
import { UnitSelect } from './unit-select';

interface Props {
  initial: PositionDraft;
  /** The unit is chosen once, when the position is drafted. */
  creating: boolean;
  submitLabel: string;
  onSubmit(draft: PositionDraft): Promise<void>;
  onCancel?(): void;
  notice?: ReactNode;
}

/** Every field of a position; the caller sends it (create or change) and shows what came back. */
export function PositionForm({ initial, creating, submitLabel, onSubmit, onCancel, notice }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(initial);
  const { errors, failure, busy, reject, send } = useFormSubmit();
  const set =
    <K extends keyof PositionDraft>(key: K) =>
    (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));
  const check = (key: 'inHighTechZone' | 'staffingPool') => (e: { target: { checked: boolean } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.checked }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = draftProblems(draft, creating);
    if (Object.keys(problems).length) {
      const text = {
        required: t('field.required'),
        amount: t('jobs.amount_invalid'),
        number: t('jobs.headcount_invalid'),
      };
      const missing: FieldErrors = {};
      for (const [path, kind] of Object.entries(problems)) missing[path] = text[kind];
      return reject(missing);
    }
    await send(() => onSubmit(draft));
  };

  return (
    <form className="form position-form" noValidate onSubmit={submit}>
      {notice}
      {failure && <Alert tone="error" title={failure} focus />}
      {creating && (
        <UnitSelect
          value={draft.unitId}
          error={errors.unitId}
          onChange={(unitId) => setDraft((d) => ({ ...d, unitId }))}
        />
      )}
      <div className="field-row">
        <TextField
          id="position-title"
          label={t('jobs.title')}
          required
          maxLength={120}
          value={draft.title}
          onChange={set('title')}
          error={errors.title}
        />
        <TextField
          id="position-sector"
          label={t('jobs.sector')}
          hint={t('jobs.sector_hint')}
          required
          maxLength={40}
          value={draft.sector}
          onChange={set('sector')}
          error={errors.sector}
        />
      </div>
      <div className="field-row">
        <SelectField
          id="position-cluster"
          label={t('jobs.cluster')}
          value={draft.cluster}
          onChange={set('cluster')}
          error={errors.cluster}
        >
          {CLUSTERS.map((c) => (
            <option key={c} value={c}>
              {clusterLabel(t, c)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="position-county"
          label={t('jobs.county')}
          value={draft.county}
          onChange={set('county')}
          error={errors.county}
        >
          {COUNTIES.map((c) => (
            <option key={c} value={c}>
              {countyLabel(t, c)}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.inHighTechZone} onChange={check('inHighTechZone')} />
        {t('jobs.in_zone_check')}
      </label>
      <div className="field-row">
        <SelectField
          id="position-degree"
          label={t('jobs.degree_required')}
          value={draft.degreeLevel}
          onChange={set('degreeLevel')}
          error={errors.degreeLevel}
        >
          {DEGREES.map((d) => (
            <option key={d} value={d}>
              {degreeLabel(t, d)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="position-headcount"
          label={t('jobs.headcount')}
          required
          inputMode="numeric"
          value={draft.headcount}
          onChange={set('headcount')}
          error={errors.headcount}
        />
      </div>
      <div className="field-row">
        <TextField
          id="position-disciplines"
          label={t('jobs.disciplines')}
          hint={t('jobs.list_hint')}
          value={draft.disciplines}
          onChange={set('disciplines')}
          error={errors.disciplines}
        />
        <TextField
          id="position-majors"
          label={t('jobs.majors')}
          hint={t('jobs.list_hint')}
          value={draft.majors}
          onChange={set('majors')}
          error={errors.majors}
        />
      </div>
      <div className="field-row">
        <SelectField
          id="position-post-kind"
          label={t('jobs.post_kind')}
          value={draft.postKind}
          onChange={set('postKind')}
          error={errors.postKind}
        >
          {POST_KINDS.map((k) => (
            <option key={k} value={k}>
              {postKindLabel(t, k)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="position-deadline"
          type="date"
          label={t('jobs.deadline')}
          hint={t('jobs.deadline_hint')}
          required
          value={draft.deadline}
          onChange={set('deadline')}
          error={errors.deadline}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.staffingPool} onChange={check('staffingPool')} />
        {t('jobs.staffing_pool_check')}
      </label>
      <fieldset className="plain-group salary-group">
        <legend>{t('jobs.salary')}</legend>
        <p className="hint">{t('jobs.salary_hint')}</p>
        <div className="field-row">
          <TextField
            id="position-salary-min"
            label={t('jobs.salary_min')}
            inputMode="decimal"
            value={draft.salaryMin}
            onChange={set('salaryMin')}
            error={errors['salaryBand.minFen']}
          />
          <TextField
            id="position-salary-max"
            label={t('jobs.salary_max')}
            inputMode="decimal"
            value={draft.salaryMax}
            onChange={set('salaryMax')}
            error={errors['salaryBand.maxFen']}
          />
          <SelectField
            id="position-salary-per"
            label={t('jobs.salary_per')}
            value={draft.salaryPer}
            onChange={set('salaryPer')}
          >
            <option value="month">{t('jobs.per_month')}</option>
            <option value="year">{t('jobs.per_year')}</option>
          </SelectField>
        </div>
      </fieldset>
      <TextAreaField
        id="position-description"
        label={t('jobs.description')}
        maxLength={4000}
        rows={5}
        value={draft.description}
        onChange={set('description')}
        error={errors.description}
      />
      <TextAreaField
        id="position-benefits"
        label={t('jobs.benefits')}
        maxLength={2000}
        value={draft.benefits}
        onChange={set('benefits')}
        error={errors.benefits}
      />
      <fieldset className="plain-group">
        <legend>{t('jobs.contact')}</legend>
        <div className="field-row">
          <TextField
            id="position-contact-name"
            label={t('jobs.contact_name')}
            required
            value={draft.contactName}
            onChange={set('contactName')}
            error={errors['contact.name']}
          />
          <TextField
            id="position-contact-phone"
            label={t('jobs.contact_phone')}
            hint={t('jobs.contact_phone_hint')}
            required
            type="tel"
            inputMode="tel"
            value={draft.contactPhone}
            onChange={set('contactPhone')}
            error={errors['contact.phone']}
          />
          <TextField
            id="position-contact-email"
            label={t('jobs.contact_email')}
            type="email"
            value={draft.contactEmail}
            onChange={set('contactEmail')}
            error={errors['contact.email']}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
