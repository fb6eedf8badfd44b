import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { SelectField, TextField } from '../../ui/field';

interface Row {
  universityId: string;
  quota: string;
}

/** Participating universities, each with its quota; a university appears once. */
export function QuotaEditor({
  rows,
  onChange,
  universities,
  errors,
}: {
  rows: Row[];
  onChange(rows: Row[]): void;
  universities: University[];
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const taken = new Set(rows.map((r) => r.universityId));
  return (
    <fieldset className="checks-fieldset">
      <legend>{t('cohort.form.universities')}</legend>
      {errors.universities && <p className="field-error">{errors.universities}</p>}
      {rows.length === 0 && <p className="muted">{t('cohort.form.no_universities')}</p>}
      <ul className="quota-rows">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
          <li key={index} className="quota-row">
            <SelectField
              id={`universities.${index}.universityId`}
              label={t('cohort.form.university')}
              value={row.universityId}
              error={errors[`universities.${index}.universityId`]}
              onChange={(e) => update(index, { universityId: e.target.value })}
            >
              <option value="">{t('cohort.form.pick_university')}</option>
              {universities
                .filter((u) => u.universityId === row.universityId || !taken.has(u.universityId))
                .map((u) => (
                  <option key={u.universityId} value={u.universityId}>
                    {u.name}
                  </option>
                ))}
            </SelectField>
            <TextField
              id={`universities.${index}.quota`}
              label={t('cohort.form.quota')}
              inputMode="numeric"
              value={row.quota}
              error={errors[`universities.${index}.quota`]}
              onChange={(e) => update(index, { quota: e.target.value.replace(/\D/g, '') })}
              maxLength={5}
            />
            <button
              type="button"
              className="button secondary small"
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t('cohort.form.remove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button secondary small"
        onClick={() => onChange([...rows, { universityId: '', quota: '5' }])}
      >
        {t('cohort.form.add_university')}
      </button>
    </fieldset>
  );
}
