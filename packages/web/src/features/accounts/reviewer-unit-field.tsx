import { useI18n } from '../../i18n/i18n';
import { EmployingUnitSelect } from '../../ui/employing-unit-select';

/** The employing unit a reviewer belongs to. */
export function ReviewerUnitField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange(id: string): void;
}) {
  const { t } = useI18n();
  return (
    <EmployingUnitSelect
      id="user-unit"
      value={value}
      error={error}
      onChange={onChange}
      words={{
        label: t('users.unit'),
        hint: t('users.unit_hint'),
        choose: t('users.choose_unit'),
        employers: t('users.employers'),
        hostUnits: t('users.host_units'),
        failed: t('users.units_failed'),
      }}
    />
  );
}
