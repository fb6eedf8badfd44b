import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { degreeLevelKey, NOTE_FIELDS, type StudentDraft } from './cohorts';
import type { FieldErrors } from '../../lib/problem-text';
import { SelectField, TextField } from '../../ui/field';

interface Props {
  draft: StudentDraft;
  set<K extends keyof StudentDraft>(field: K, value: StudentDraft[K]): void;
  errors: FieldErrors;
  degreeLevels: string[];
  /** Organisers choose the university; a coordinator registers for their own. */
  universities?: { universityId: string; name: string }[] | University[];
}

/**
 * The student's details as a coordinator types them on a phone: one column, numeric keyboards for
 * numbers, and every field error beside its field. Field ids follow the API's paths so a refused
 * field is the one marked.
 */
export function StudentFields({ draft, set, errors, degreeLevels, universities }: Props) {
  const { t } = useI18n();
  const text = (field: keyof StudentDraft) => ({
    value: draft[field] as string,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value as never),
  });
  return (
    <>
      {universities && (
        <SelectField
          id="universityId"
          label={t('creg.form.university')}
          {...text('universityId')}
          error={errors.universityId}
          required
        >
          <option value="">{t('cohort.form.pick_university')}</option>
          {universities.map((u) => (
            <option key={u.universityId} value={u.universityId}>
              {u.name}
            </option>
          ))}
        </SelectField>
      )}
      <fieldset className="checks-fieldset">
        <legend>{t('creg.form.person')}</legend>
        <TextField
          id="name"
          label={t('creg.form.name')}
          {...text('name')}
          error={errors.name}
          maxLength={60}
          autoComplete="off"
          required
        />
        <TextField
          id="nationalId"
          label={t('creg.form.national_id')}
          {...text('nationalId')}
          error={errors.nationalId}
          maxLength={24}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <div className="grid-2">
          <TextField
            id="phone"
            type="tel"
            inputMode="tel"
            label={t('creg.form.phone')}
            {...text('phone')}
            error={errors.phone}
            maxLength={20}
            autoComplete="off"
            required
          />
          <TextField
            id="email"
            type="email"
            label={t('creg.form.email')}
            {...text('email')}
            error={errors.email}
            maxLength={254}
            autoComplete="off"
            required
          />
        </div>
        <TextField
          id="hometown"
          label={t('creg.form.hometown')}
          {...text('hometown')}
          error={errors.hometown}
          maxLength={120}
          required
        />
        <TextField
          id="hometownCounty"
          label={t('creg.form.hometown_county')}
          {...text('hometownCounty')}
          error={errors.hometownCounty}
          maxLength={60}
        />
        <label className="check">
          <input
            type="checkbox"
            id="fromRegion"
            checked={draft.fromRegion}
            onChange={(e) => set('fromRegion', e.target.checked)}
          />
          {t('creg.form.from_region')}
        </label>
      </fieldset>
      <fieldset className="checks-fieldset">
        <legend>{t('creg.form.study')}</legend>
        <div className="grid-2">
          <SelectField
            id="degreeLevel"
            label={t('creg.form.degree')}
            {...text('degreeLevel')}
            error={errors.degreeLevel}
            required
          >
            <option value="">{t('creg.form.pick_degree')}</option>
            {degreeLevels.map((level) => (
              <option key={level} value={level}>
                {t(degreeLevelKey(level))}
              </option>
            ))}
          </SelectField>
          <TextField
            id="studyYear"
            inputMode="numeric"
            label={t('creg.form.study_year')}
            hint={t('creg.form.study_year_hint')}
            {...text('studyYear')}
            error={errors.studyYear}
            maxLength={2}
            required
          />
        </div>
        <TextField
          id="major"
          label={t('creg.form.major')}
          {...text('major')}
          error={errors.major}
          maxLength={120}
          required
        />
        <TextField
          id="discipline"
          label={t('creg.form.discipline')}
          {...text('discipline')}
          error={errors.discipline}
          maxLength={120}
          required
        />
        <TextField
          id="supervisor"
          label={t('creg.form.supervisor')}
          {...text('supervisor')}
          error={errors.supervisor}
          maxLength={60}
          required
        />
      </fieldset>
      <fieldset className="checks-fieldset">
        <legend>{t('creg.form.emergency')}</legend>
        <div className="grid-2">
          <TextField
            id="emergencyContact.name"
            label={t('creg.form.emergency_name')}
            {...text('emergencyName')}
            error={errors['emergencyContact.name']}
            maxLength={60}
            required
          />
          <TextField
            id="emergencyContact.phone"
            type="tel"
            inputMode="tel"
            label={t('creg.form.emergency_phone')}
            {...text('emergencyPhone')}
            error={errors['emergencyContact.phone']}
            maxLength={20}
            required
          />
        </div>
        <TextField
          id="emergencyContact.relation"
          label={t('creg.form.emergency_relation')}
          {...text('emergencyRelation')}
          error={errors['emergencyContact.relation']}
          maxLength={30}
        />
      </fieldset>
      <fieldset className="checks-fieldset">
        <legend>{t('creg.form.other')}</legend>
        {NOTE_FIELDS.map(({ key, label, maxLength }) => (
          <TextField key={key} id={key} label={t(label)} {...text(key)} error={errors[key]} maxLength={maxLength} />
        ))}
      </fieldset>
      <div className={errors.consent ? 'field consent has-error' : 'field consent'}>
        <p id="consent-text" className="consent-text">
          {t('creg.form.consent_text')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            id="consent"
            checked={draft.consent}
            onChange={(e) => set('consent', e.target.checked)}
            aria-describedby={errors.consent ? 'consent-text consent-error' : 'consent-text'}
            aria-invalid={errors.consent ? true : undefined}
          />
          {t('creg.form.consent')}
        </label>
        {errors.consent && (
          <p id="consent-error" className="field-error">
            {errors.consent}
          </p>
        )}
      </div>
    </>
  );
}
