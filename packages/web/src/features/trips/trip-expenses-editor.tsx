import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { yuanToFen } from './trips';
import { formatYuan } from '../../lib/format';
import { TextField } from '../../ui/field';

export interface ExpenseDraft {
  item: string;
  amountYuan: string;
  on: string;
}

function replaceAt<T>(list: T[], index: number, next: T): T[] {
  return list.map((item, i) => (i === index ? next : item));
}

/** What the trip has spent, line by line; the report divides the sum by the leads it brought. */
export function ExpensesEditor({
  value,
  onChange,
  errors,
}: {
  value: ExpenseDraft[];
  onChange(v: ExpenseDraft[]): void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const total = value.reduce((sum, e) => sum + (yuanToFen(e.amountYuan) ?? 0), 0);
  return (
    <fieldset>
      <legend>{t('trip.expenses')}</legend>
      <p className="hint">{t('trip.expenses_hint')}</p>
      {value.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
        <fieldset key={i} className="contact-row" aria-label={t('trip.expense_n', { n: i + 1 })}>
          <TextField
            id={`expenses-${i}-item`}
            label={t('trip.expense_item')}
            placeholder={t('trip.expense_item_placeholder')}
            value={e.item}
            onChange={(ev) => onChange(replaceAt(value, i, { ...e, item: ev.target.value }))}
            error={errors[`expenses.${i}.item`]}
            maxLength={120}
            required
          />
          <div className="grid-2">
            <TextField
              id={`expenses-${i}-amount`}
              label={t('trip.expense_yuan')}
              inputMode="decimal"
              value={e.amountYuan}
              onChange={(ev) => onChange(replaceAt(value, i, { ...e, amountYuan: ev.target.value }))}
              error={errors[`expenses.${i}.amountFen`]}
              autoComplete="off"
              required
            />
            <TextField
              id={`expenses-${i}-on`}
              type="date"
              label={t('trip.expense_on')}
              value={e.on}
              onChange={(ev) => onChange(replaceAt(value, i, { ...e, on: ev.target.value }))}
              error={errors[`expenses.${i}.on`]}
              required
            />
          </div>
          <button
            type="button"
            className="button link danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('trip.remove_expense', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      {value.length > 0 && (
        <p className="expenses-total" aria-live="polite">
          {t('trip.expenses_total')} {formatYuan(total)}
        </p>
      )}
      <button
        type="button"
        className="button secondary"
        onClick={() => onChange([...value, { item: '', amountYuan: '', on: '' }])}
      >
        {t('trip.add_expense')}
      </button>
    </fieldset>
  );
}
