import type { ReactNode } from 'react';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { Alert } from './feedback';
import { SelectField } from './field';

/** What the caller's screen calls the choice and its parts. */
export interface EmployingUnitWords {
  label: string;
  hint?: ReactNode;
  choose: string;
  employers: string;
  hostUnits: string;
  failed: string;
  /** Said when there is no unit at all to choose; nothing is said when left out. */
  none?: string;
}

/**
 * An employing unit: an employer record or a host unit, as positions and reviewers name theirs.
 * Each kind's first hundred by name, a few dozen at the prefecture's scale.
 */
export function EmployingUnitSelect({
  id,
  value,
  error,
  onChange,
  words,
}: {
  id: string;
  value: string;
  error?: string;
  onChange(unitId: string): void;
  words: EmployingUnitWords;
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
  const empty = !loading && !hostUnits.data?.items.length && !employers.data?.items.length;
  const byName = <T extends { name: string }>(items: T[] = []) =>
    [...items].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return (
    <>
      <SelectField
        id={id}
        label={words.label}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        hint={words.hint}
      >
        <option value="">{loading ? t('common.loading') : words.choose}</option>
        {employers.data && employers.data.items.length > 0 && (
          <optgroup label={words.employers}>
            {byName(employers.data.items).map((e) => (
              <option key={e.employerId} value={e.employerId}>
                {e.name}
              </option>
            ))}
          </optgroup>
        )}
        {hostUnits.data && hostUnits.data.items.length > 0 && (
          <optgroup label={words.hostUnits}>
            {byName(hostUnits.data.items).map((u) => (
              <option key={u.hostUnitId} value={u.hostUnitId}>
                {u.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {failed && <Alert tone="error">{words.failed}</Alert>}
      {empty && !failed && words.none && <Alert tone="info">{words.none}</Alert>}
    </>
  );
}
