import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import type { FieldErrors } from '../../lib/problem-text';
import { TextField } from '../../ui/field';

export interface DelegateDraft {
  name: string;
  department: string;
  role: string;
}

export interface StopDraft {
  /** Kept when editing, so the stop's events stay attached to it. */
  stopId?: string;
  city: string;
  from: string;
  to: string;
  universityIds: string[];
}

function replaceAt<T>(list: T[], index: number, next: T): T[] {
  return list.map((item, i) => (i === index ? next : item));
}

export function DelegationEditor({
  value,
  onChange,
  errors,
}: {
  value: DelegateDraft[];
  onChange(v: DelegateDraft[]): void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('trip.delegation')}</legend>
      {value.length === 0 && <p className="hint">{t('trip.delegation_hint')}</p>}
      {value.map((d, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
        <fieldset key={i} className="contact-row" aria-label={t('trip.delegate_n', { n: i + 1 })}>
          <div className="grid-2">
            <TextField
              id={`delegation-${i}-name`}
              label={t('trip.delegate_name')}
              value={d.name}
              onChange={(e) => onChange(replaceAt(value, i, { ...d, name: e.target.value }))}
              error={errors[`delegation.${i}.name`]}
              maxLength={60}
              required
            />
            <TextField
              id={`delegation-${i}-department`}
              label={t('trip.delegate_department')}
              placeholder={t('trip.delegate_department_placeholder')}
              value={d.department}
              onChange={(e) => onChange(replaceAt(value, i, { ...d, department: e.target.value }))}
              error={errors[`delegation.${i}.department`]}
              maxLength={80}
              required
            />
          </div>
          <TextField
            id={`delegation-${i}-role`}
            label={t('trip.delegate_role')}
            value={d.role}
            onChange={(e) => onChange(replaceAt(value, i, { ...d, role: e.target.value }))}
            error={errors[`delegation.${i}.role`]}
            maxLength={60}
          />
          <button
            type="button"
            className="button link danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('trip.remove_delegate', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button secondary"
        onClick={() => onChange([...value, { name: '', department: '', role: '' }])}
      >
        {t('trip.add_delegate')}
      </button>
    </fieldset>
  );
}

interface StopsProps {
  value: StopDraft[];
  onChange(v: StopDraft[]): void;
  errors: FieldErrors;
  universities: University[];
}

export function StopsEditor({ value, onChange, errors, universities }: StopsProps) {
  const { t } = useI18n();
  const toggle = (stop: StopDraft, universityId: string, on: boolean): StopDraft => ({
    ...stop,
    universityIds: on ? [...stop.universityIds, universityId] : stop.universityIds.filter((id) => id !== universityId),
  });
  return (
    <fieldset>
      <legend>{t('trip.stops')}</legend>
      {value.length === 0 && <p className="hint">{t('trip.stops_hint')}</p>}
      {value.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: controlled rows addressed by position (ids, error paths)
        <fieldset key={i} className="contact-row" aria-label={t('trip.stop_n', { n: i + 1 })}>
          <TextField
            id={`stops-${i}-city`}
            label={t('trip.city')}
            value={s.city}
            onChange={(e) => onChange(replaceAt(value, i, { ...s, city: e.target.value }))}
            error={errors[`stops.${i}.city`]}
            maxLength={30}
            required
          />
          <div className="grid-2">
            <TextField
              id={`stops-${i}-from`}
              type="date"
              label={t('trip.stop_from')}
              value={s.from}
              onChange={(e) => onChange(replaceAt(value, i, { ...s, from: e.target.value }))}
              error={errors[`stops.${i}.from`]}
              required
            />
            <TextField
              id={`stops-${i}-to`}
              type="date"
              label={t('trip.stop_to')}
              value={s.to}
              onChange={(e) => onChange(replaceAt(value, i, { ...s, to: e.target.value }))}
              error={errors[`stops.${i}.to`]}
              required
            />
          </div>
          <fieldset className="pick-list">
            <legend>{t('trip.stop_universities')}</legend>
            {universities.length === 0 && <p className="hint">{t('trip.no_universities')}</p>}
            {universities.map((u) => (
              <label key={u.universityId} className="check">
                <input
                  type="checkbox"
                  checked={s.universityIds.includes(u.universityId)}
                  onChange={(e) => onChange(replaceAt(value, i, toggle(s, u.universityId, e.target.checked)))}
                />
                {u.name}
              </label>
            ))}
            {errors[`stops.${i}.universityIds`] && <p className="field-error">{errors[`stops.${i}.universityIds`]}</p>}
          </fieldset>
          <button
            type="button"
            className="button link danger"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('trip.remove_stop', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button secondary"
        onClick={() => onChange([...value, { city: '', from: '', to: '', universityIds: [] }])}
      >
        {t('trip.add_stop')}
      </button>
    </fieldset>
  );
}
