import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import type { PartnershipDraft } from './partnership-draft';
import { TextField } from '../../ui/field';

type Commitments = PartnershipDraft['commitments'];
type Documents = PartnershipDraft['documents'];

function replaceAt<T>(list: T[], index: number, next: T): T[] {
  return list.map((item, i) => (i === index ? next : item));
}

export function CommitmentsEditor({
  value,
  onChange,
  errors,
}: {
  value: Commitments;
  onChange(v: Commitments): void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('partnership.commitments')}</legend>
      {value.length === 0 && <p className="hint">{t('partnership.commitments_hint')}</p>}
      {value.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
        <fieldset key={i} className="contact-row" aria-label={t('partnership.commitment_n', { n: i + 1 })}>
          <div className="grid-2">
            <TextField
              id={`commitments-${i}-description`}
              label={t('partnership.commitment_description')}
              value={c.description}
              onChange={(e) => onChange(replaceAt(value, i, { ...c, description: e.target.value }))}
              error={errors[`commitments.${i}.description`]}
              maxLength={200}
              required
            />
            <TextField
              id={`commitments-${i}-students`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              label={t('partnership.students_per_year')}
              value={c.studentsPerYear}
              onChange={(e) => onChange(replaceAt(value, i, { ...c, studentsPerYear: e.target.value }))}
              error={errors[`commitments.${i}.studentsPerYear`]}
            />
          </div>
          <button
            type="button"
            className="button link danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('partnership.remove_commitment', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button secondary"
        onClick={() => onChange([...value, { description: '', studentsPerYear: '' }])}
      >
        {t('partnership.add_commitment')}
      </button>
    </fieldset>
  );
}

export function DocumentsEditor({
  value,
  onChange,
  errors,
}: {
  value: Documents;
  onChange(v: Documents): void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('partnership.documents')}</legend>
      {value.length === 0 && <p className="hint">{t('partnership.documents_hint')}</p>}
      {value.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
        <fieldset key={i} className="contact-row" aria-label={t('partnership.document_n', { n: i + 1 })}>
          <div className="grid-2">
            <TextField
              id={`documents-${i}-name`}
              label={t('partnership.document_name')}
              value={d.name}
              onChange={(e) => onChange(replaceAt(value, i, { ...d, name: e.target.value }))}
              error={errors[`documents.${i}.name`]}
              maxLength={120}
              required
            />
            <TextField
              id={`documents-${i}-url`}
              type="url"
              inputMode="url"
              label={t('partnership.document_url')}
              placeholder="https://"
              value={d.url}
              onChange={(e) => onChange(replaceAt(value, i, { ...d, url: e.target.value }))}
              error={errors[`documents.${i}.url`]}
              maxLength={2000}
              required
            />
          </div>
          <button
            type="button"
            className="button link danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('partnership.remove_document', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button secondary" onClick={() => onChange([...value, { name: '', url: '' }])}>
        {t('partnership.add_document')}
      </button>
    </fieldset>
  );
}
