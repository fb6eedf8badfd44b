/** The cohort form's stipend policy: the daily allowance, which days count, the travel cap and the awards. */
import { SelectField, TextField } from '../../ui/field';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import type { CohortDraft } from './cohort-draft';

const COUNTED = ['checked_in', 'calendar', 'weekdays'] as const;

export function CohortStipendFields({
  draft,
  errors,
  text,
  onCountedDays,
}: {
  draft: CohortDraft;
  errors: FieldErrors;
  /** A text field's value and change handler, bound to the draft by the form. */
  text: (field: keyof CohortDraft) => { value: string; onChange: (e: { target: { value: string } }) => void };
  onCountedDays: (value: CohortDraft['countedDays']) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="checks-fieldset">
      <legend>{t('cohort.form.stipend')}</legend>
      <div className="grid-2">
        <TextField
          id="dailyAllowance"
          inputMode="decimal"
          label={t('cohort.form.daily_allowance')}
          {...text('dailyAllowance')}
          error={errors.dailyAllowance}
        />
        <SelectField
          id="countedDays"
          label={t('cohort.form.counted_days')}
          value={draft.countedDays}
          onChange={(e) => onCountedDays(e.target.value as CohortDraft['countedDays'])}
        >
          {COUNTED.map((c) => (
            <option key={c} value={c}>
              {t(`cohort.form.counted.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="travelCap"
          inputMode="decimal"
          label={t('cohort.form.travel_cap')}
          {...text('travelCap')}
          error={errors.travelCap}
        />
        <TextField
          id="projectAward"
          inputMode="decimal"
          label={t('cohort.form.project_award')}
          {...text('projectAward')}
          error={errors.projectAward}
        />
        <TextField
          id="mentorAllowance"
          inputMode="decimal"
          label={t('cohort.form.mentor_allowance')}
          {...text('mentorAllowance')}
          error={errors.mentorAllowance}
        />
      </div>
    </fieldset>
  );
}
