import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { Alert } from '../../ui/feedback';
import { SelectField } from '../../ui/field';

/** The employing units to choose from: host units and employer records, each kind's first hundred by name. */
export function UnitSelect({ value, error, onChange }: { value: string; error?: string; onChange(id: string): void }) {
  const { t } = useI18n();
  const hostUnits = useResource(
    (signal) => unwrap(api.GET('/v1/host-units', { params: { query: { limit: 100 } }, signal })),
    ['/v1/host-units', 100],
  );
  const employers = useResource(
    (signal) => unwrap(api.GET('/v1/employers', { params: { query: { limit: 100 } }, signal })),
    ['/v1/employers', 100],
  );
  const loading = hostUnits.status === 'loading' || employers.status === 'loading';
  const failed = hostUnits.status === 'error' || employers.status === 'error';
  const empty = !loading && !hostUnits.data?.items.length && !employers.data?.items.length;
  const byName = <T extends { name: string }>(items: T[] = []) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <>
      <SelectField
        id="position-unit"
        label={t('jobs.unit')}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={
          <>
            {t('jobs.unit_hint')} <Link to="/recruitment/employers">{t('jobs.employers_title')}</Link>
          </>
        }
      >
        <option value="">{loading ? t('common.loading') : t('jobs.choose_unit')}</option>
        {employers.data && employers.data.items.length > 0 && (
          <optgroup label={t('jobs.employers_title')}>
            {byName(employers.data.items).map((e) => (
              <option key={e.employerId} value={e.employerId}>
                {e.name}
              </option>
            ))}
          </optgroup>
        )}
        {hostUnits.data && hostUnits.data.items.length > 0 && (
          <optgroup label={t('jobs.host_units')}>
            {byName(hostUnits.data.items).map((u) => (
              <option key={u.hostUnitId} value={u.hostUnitId}>
                {u.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {failed && <Alert tone="error">{t('jobs.units_failed')}</Alert>}
      {empty && !failed && <Alert tone="info">{t('jobs.no_units')}</Alert>}
    </>
  );
}
