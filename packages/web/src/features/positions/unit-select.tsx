import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { EmployingUnitSelect } from '../../ui/employing-unit-select';

/** The position's employing unit, with the way to add an employer record that is not there yet. */
export function UnitSelect({ value, error, onChange }: { value: string; error?: string; onChange(id: string): void }) {
  const { t } = useI18n();
  return (
    <EmployingUnitSelect
      id="position-unit"
      value={value}
      error={error}
      onChange={onChange}
      words={{
        label: t('jobs.unit'),
        hint: (
          <>
            {t('jobs.unit_hint')} <Link to="/recruitment/employers">{t('jobs.employers_title')}</Link>
          </>
        ),
        choose: t('jobs.choose_unit'),
        employers: t('jobs.employers_title'),
        hostUnits: t('jobs.host_units'),
        failed: t('jobs.units_failed'),
        none: t('jobs.no_units'),
      }}
    />
  );
}
