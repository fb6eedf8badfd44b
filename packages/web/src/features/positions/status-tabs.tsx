import { useI18n } from '../../i18n/i18n';
import { FilterTabs } from '../../ui/filter-tabs';

/** The status filter of a recruitment list: every status, or all of them (''). */
export function StatusTabs<S extends string>({
  statuses,
  value,
  onChange,
  label,
}: {
  statuses: readonly S[];
  value: S | '';
  onChange: (status: S | '') => void;
  label: (status: S) => string;
}) {
  const { t } = useI18n();
  return (
    <FilterTabs<S | ''>
      label={t('jobs.by_status')}
      options={['', ...statuses]}
      value={value}
      onChange={onChange}
      text={(s) => (s ? label(s) : t('jobs.all'))}
    />
  );
}
