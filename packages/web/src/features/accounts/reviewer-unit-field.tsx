import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { Alert } from '../../ui/feedback';
import { SelectField } from '../../ui/field';

/**
 * The employing unit a reviewer belongs to: an employer record or a host unit, as positions name
 * theirs; each kind's first hundred by name (a few dozen at the prefecture's scale).
 */
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
  const byName = <T extends { name: string }>(items: T[] = []) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <>
      <SelectField
        id="user-unit"
        label={t('users.unit')}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={t('users.unit_hint')}
      >
        <option value="">{loading ? t('common.loading') : t('users.choose_unit')}</option>
        {employers.data && employers.data.items.length > 0 && (
          <optgroup label={t('users.employers')}>
            {byName(employers.data.items).map((e) => (
              <option key={e.employerId} value={e.employerId}>
                {e.name}
              </option>
            ))}
          </optgroup>
        )}
        {hostUnits.data && hostUnits.data.items.length > 0 && (
          <optgroup label={t('users.host_units')}>
            {byName(hostUnits.data.items).map((u) => (
              <option key={u.hostUnitId} value={u.hostUnitId}>
                {u.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {failed && <Alert tone="error">{t('users.units_failed')}</Alert>}
    </>
  );
}
