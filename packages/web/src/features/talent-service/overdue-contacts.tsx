import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';
import { PeopleTable } from './people-table';

/** Everyone whose contact is past its cadence, the longest overdue first (organisers). */
export function OverdueContacts({ cohortNames }: { cohortNames: Map<string, string> }) {
  const { t } = useI18n();
  const overdue = useResource(
    (signal) => unwrap(api.GET('/v1/talent-service/overdue-contacts', { signal })),
    ['/v1/talent-service/overdue-contacts'],
  );
  if (overdue.status === 'error') return <LoadError error={overdue.error} onRetry={overdue.reload} />;
  if (!overdue.data) return <Loading />;
  return (
    <div data-section="overdue">
      <p className="muted">{t('care.overdue_intro')}</p>
      {overdue.data.items.length === 0 ? (
        <p className="muted">{t('care.none_overdue')}</p>
      ) : (
        <PeopleTable people={overdue.data.items} cohortNames={cohortNames} />
      )}
    </div>
  );
}
