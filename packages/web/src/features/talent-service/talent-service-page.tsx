import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { FilterTabs } from '../../ui/filter-tabs';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useAccountsOf } from './care-accounts';
import { OverdueContacts } from './overdue-contacts';
import { PeopleTable } from './people-table';
import { TierSelect } from './care-tier-select';
import './messages';
import './care.css';

const VIEWS = ['mine', 'overdue', 'commissioner', 'tier'] as const;
type View = (typeof VIEWS)[number];
const isView = (value: string | null): value is View => VIEWS.includes(value as View);

/** Cohort names for the rows: organisers read the cohorts; a contact's rows show the starting day alone. */
function useCohortNames(enabled: boolean) {
  const cohorts = useResource(
    (signal) =>
      enabled
        ? unwrap(api.GET('/v1/cohorts', { params: { query: { limit: 100 } }, signal }))
        : Promise.resolve({ items: [], nextCursor: null }),
    ['/v1/cohorts', enabled],
  );
  return new Map((cohorts.data?.items ?? []).map((c) => [c.cohortId, c.name]));
}

/** A contact's people, a commissioner's or everyone of a tier; least recently contacted first. */
function CarePeople({
  commissionerId,
  tier,
  cohortNames,
}: {
  commissionerId?: string;
  tier?: string;
  cohortNames: Map<string, string>;
}) {
  const { t } = useI18n();
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/talent-service/people', {
          params: {
            query: { limit: 50, cursor, ...(commissionerId ? { commissionerId } : {}), ...(tier ? { tier } : {}) },
          },
          signal,
        }),
      ),
    ['/v1/talent-service/people', commissionerId, tier],
  );
  if (list.status === 'error') return <LoadError error={list.error} onRetry={list.reload} />;
  if (list.status === 'loading') return <Loading />;
  return (
    <>
      {list.items.length === 0 ? (
        <p className="muted">{t('care.none')}</p>
      ) : (
        <PeopleTable people={list.items} cohortNames={cohortNames} />
      )}
      <LoadMore list={list} />
    </>
  );
}

/**
 * 人才服务: an organiser's own people as commissioner (the default), everyone overdue for a contact,
 * or another commissioner's people; a contact sees only the people assigned to them.
 */
export default function TalentServicePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const organiser = user?.role === 'organiser';
  const [params, setParams] = useSearchParams();
  const view: View = organiser && isView(params.get('view')) ? (params.get('view') as View) : 'mine';
  const commissionerId = params.get('commissionerId') ?? '';
  const tier = params.get('tier') ?? '';
  const organisers = useAccountsOf('organiser', organiser && view === 'commissioner');
  const cohortNames = useCohortNames(organiser);
  const title = organiser ? t('care.title') : t('care.contact_title');
  useTitle(title);

  return (
    <section className="page care-page" aria-labelledby="care-title">
      <h1 id="care-title">{title}</h1>
      {organiser && (
        <p>
          <Link to="/talent-service/requests">{t('req.list_title')}</Link>
        </p>
      )}
      {!organiser && <p className="muted">{t('care.contact_intro')}</p>}
      {organiser && (
        <FilterTabs
          label={t('care.views')}
          options={VIEWS}
          value={view}
          onChange={(v) => setParams(v === 'mine' ? {} : { view: v }, { replace: true })}
          text={(v) => t(`care.view.${v}`)}
        />
      )}
      {view === 'overdue' && <OverdueContacts cohortNames={cohortNames} />}
      {view === 'mine' && <CarePeople cohortNames={cohortNames} />}
      {view === 'tier' && (
        <>
          <TierSelect value={tier} onChange={(next) => setParams({ view, ...(next ? { tier: next } : {}) })} />
          {tier ? (
            <CarePeople tier={tier} cohortNames={cohortNames} />
          ) : (
            <p className="muted">{t('care.choose_tier')}</p>
          )}
        </>
      )}
      {view === 'commissioner' && (
        <>
          <SelectField
            id="care-commissioner"
            label={t('care.commissioner_pick')}
            value={commissionerId}
            onChange={(e) => setParams({ view, ...(e.target.value ? { commissionerId: e.target.value } : {}) })}
          >
            <option value="">—</option>
            {organisers.active.map((u) => (
              <option key={u.userId} value={u.userId}>
                {u.name}
              </option>
            ))}
          </SelectField>
          {commissionerId ? (
            <CarePeople commissionerId={commissionerId} cohortNames={cohortNames} />
          ) : (
            <p className="muted">{t('care.choose_commissioner')}</p>
          )}
        </>
      )}
    </section>
  );
}
