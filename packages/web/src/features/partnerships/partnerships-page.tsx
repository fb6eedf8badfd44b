import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import { PartnershipCard } from './partnership-card';
import { RemindersPanel } from './reminders-panel';
import { useI18n } from '../../i18n/i18n';
import { PARTNERSHIP_STATUSES, statusKey, type PartnershipStatus } from './partnerships';
import { usePagedList } from '../../lib/use-resource';
import { nameOf, useUniversities } from '../../lib/use-universities';
import { useTitle } from '../../lib/use-title';
import { LoadMore } from '../../ui/load-more';
import './partnerships.css';

const PAGE_SIZE = 20;

export default function PartnershipsPage() {
  const { t } = useI18n();
  useTitle(t('partnerships.title'));
  // Filters live in the URL, as on the universities list, so they survive reload and back.
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as PartnershipStatus | '';
  const universityId = params.get('universityId') ?? '';
  // Signed or active agreements past their end date: nobody expired or renewed them yet.
  const overdue = params.get('overdue') === 'true';
  const universities = useUniversities();

  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/partnerships', {
          params: {
            query: {
              status: status || undefined,
              universityId: universityId || undefined,
              overdue: overdue ? 'true' : undefined,
              limit: PAGE_SIZE,
              cursor,
            },
          },
          signal,
        }),
      ),
    ['/v1/partnerships', status, universityId, overdue],
  );

  const applyFilter = (name: 'status' | 'universityId' | 'overdue', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const filtered = Boolean(status || universityId || overdue);

  return (
    <section className="page" aria-labelledby="partnerships-title">
      <div className="page-head">
        <h1 id="partnerships-title">{t('partnerships.title')}</h1>
        <Link to="/partnerships/new" className="button primary">
          {t('partnerships.new')}
        </Link>
      </div>
      <RemindersPanel universities={universities.data} />
      <search>
        <form className="filters filters-3" onSubmit={(e) => e.preventDefault()} noValidate>
          <SelectField
            id="filter-status"
            label={t('partnership.status')}
            value={status}
            onChange={(e) => applyFilter('status', e.target.value)}
          >
            <option value="">{t('partnerships.all_statuses')}</option>
            {PARTNERSHIP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-university"
            label={t('partnership.university')}
            value={universityId}
            onChange={(e) => applyFilter('universityId', e.target.value)}
          >
            <option value="">{t('partnerships.all_universities')}</option>
            {universities.data?.map((u) => (
              <option key={u.universityId} value={u.universityId}>
                {u.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="filter-overdue"
            label={t('partnerships.filter_end')}
            value={overdue ? 'true' : ''}
            onChange={(e) => applyFilter('overdue', e.target.value)}
          >
            <option value="">{t('partnerships.any_end')}</option>
            <option value="true">{t('partnerships.overdue_only')}</option>
          </SelectField>
        </form>
      </search>
      {filtered && (
        <div className="filter-actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => setParams(new URLSearchParams(), { replace: true })}
          >
            {t('universities.clear')}
          </button>
        </div>
      )}

      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          <p className="result-count" role="status">
            {list.items.length === 0
              ? t(filtered ? 'partnerships.none_matching' : 'partnerships.none')
              : t(list.nextCursor ? 'partnerships.count_more' : 'partnerships.count', { n: list.items.length })}
          </p>
          <ul className="card-list">
            {list.items.map((p) => (
              <PartnershipCard
                key={p.partnershipId}
                partnership={p}
                universityName={nameOf(universities.data, p.universityId)}
              />
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
