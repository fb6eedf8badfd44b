import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import type { RegistrationDraft } from './registration-draft';
import { DEGREE_LEVELS } from './trips';
import { degreeKey } from '../../lib/format';
import { SelectField, TextField } from '../../ui/field';

interface Props {
  draft: RegistrationDraft;
  set<K extends keyof RegistrationDraft>(field: K, value: RegistrationDraft[K]): void;
  errors: FieldErrors;
  /** Keeps ids unique when a page shows the fields next to other forms. */
  prefix?: string;
}

/** The questions a student answers, the same on the public page and at the door for walk-ins. */
export function RegistrationFields({ draft, set, errors, prefix = '' }: Props) {
  const { t } = useI18n();
  const id = (name: string) => `${prefix}${name}`;
  return (
    <>
      <TextField
        id={id('name')}
        label={t('reg.name')}
        value={draft.name}
        onChange={(e) => set('name', e.target.value)}
        error={errors.name}
        maxLength={60}
        autoComplete="name"
        required
      />
      <TextField
        id={id('universityName')}
        label={t('reg.university')}
        value={draft.universityName}
        onChange={(e) => set('universityName', e.target.value)}
        error={errors.universityName ?? errors.universityId}
        maxLength={120}
        autoComplete="organization"
      />
      <div className="grid-2">
        <SelectField
          id={id('degreeLevel')}
          label={t('reg.degree')}
          value={draft.degreeLevel}
          onChange={(e) => set('degreeLevel', e.target.value as RegistrationDraft['degreeLevel'])}
          error={errors.degreeLevel}
          required
        >
          <option value="">{t('reg.pick_degree')}</option>
          {DEGREE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(degreeKey(level))}
            </option>
          ))}
        </SelectField>
        <TextField
          id={id('graduationYear')}
          label={t('reg.graduation_year')}
          inputMode="numeric"
          placeholder={String(new Date().getFullYear() + 1)}
          value={draft.graduationYear}
          onChange={(e) => set('graduationYear', e.target.value)}
          error={errors.graduationYear}
          maxLength={4}
          required
        />
      </div>
      <TextField
        id={id('major')}
        label={t('reg.major')}
        value={draft.major}
        onChange={(e) => set('major', e.target.value)}
        error={errors.major}
        maxLength={120}
        required
      />
      <div className="grid-2">
        <TextField
          id={id('phone')}
          type="tel"
          label={t('reg.phone')}
          value={draft.phone}
          onChange={(e) => set('phone', e.target.value)}
          error={errors.phone}
          maxLength={20}
          autoComplete="tel"
          required
        />
        <TextField
          id={id('email')}
          type="email"
          label={t('reg.email')}
          value={draft.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
          maxLength={254}
          autoComplete="email"
          required
        />
      </div>
      <TextField
        id={id('hometown')}
        label={t('reg.hometown')}
        placeholder={t('reg.hometown_placeholder')}
        value={draft.hometown}
        onChange={(e) => set('hometown', e.target.value)}
        error={errors.hometown}
        maxLength={120}
      />
      <fieldset className="checks-fieldset">
        <legend>{t('reg.about_you')}</legend>
        <div className="checks">
          <label className="check">
            <input
              type="checkbox"
              id={id('fromRegion')}
              checked={draft.fromRegion}
              onChange={(e) => set('fromRegion', e.target.checked)}
            />
            {t('reg.from_region')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              id={id('summer')}
              checked={draft.interestedInSummerProgramme}
              onChange={(e) => set('interestedInSummerProgramme', e.target.checked)}
            />
            {t('reg.interest_summer')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              id={id('fullTime')}
              checked={draft.interestedInFullTime}
              onChange={(e) => set('interestedInFullTime', e.target.checked)}
            />
            {t('reg.interest_full_time')}
          </label>
        </div>
      </fieldset>
      <div className={errors.consent ? 'field consent has-error' : 'field consent'}>
        <p id={id('consent-text')} className="consent-text">
          {t('reg.consent_text')}
        </p>
        <label className="check">
          <input
            type="checkbox"
            id={id('consent')}
            checked={draft.consent}
            onChange={(e) => set('consent', e.target.checked)}
            aria-describedby={errors.consent ? `${id('consent-text')} ${id('consent')}-error` : id('consent-text')}
            aria-invalid={errors.consent ? true : undefined}
          />
          {t('reg.consent')}
        </label>
        {errors.consent && (
          <p id={`${id('consent')}-error`} className="field-error">
            {errors.consent}
          </p>
        )}
      </div>
    </>
  );
}
