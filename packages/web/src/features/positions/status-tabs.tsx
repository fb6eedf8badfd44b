import { useI18n } from '../../i18n/i18n';

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
    <fieldset className="tabs plain-group" aria-label={t('jobs.by_status')}>
      {(['', ...statuses] as const).map((s) => (
        <button
          key={s || 'all'}
          type="button"
          className={value === s ? 'tab active' : 'tab'}
          aria-pressed={value === s}
          onClick={() => onChange(s)}
        >
          {s ? label(s) : t('jobs.all')}
        </button>
      ))}
    </fieldset>
  );
}
