import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { FilterTabs } from '../../ui/filter-tabs';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { RequestStatus } from './request-card';
import { kindKey, type ServiceRequest } from './request-files';
import './messages';
import './requests.css';

const VIEWS = ['mine', 'all', 'closed'] as const;
type View = (typeof VIEWS)[number];
const isView = (value: string | null): value is View => VIEWS.includes(value as View);
const VIEW_LABEL = { mine: 'req.tab_mine', all: 'req.tab_all', closed: 'req.tab_closed' } as const;

function RequestsTable({ items }: { items: ServiceRequest[] }) {
  const { t } = useI18n();
  return (
    <table className="report-table" data-table="requests">
      <thead>
        <tr>
          <th scope="col">{t('req.person')}</th>
          <th scope="col">{t('req.kind')}</th>
          <th scope="col">{t('req.received_on')}</th>
          <th scope="col">{t('req.due_on')}</th>
          <th scope="col">{t('req.status')}</th>
          <th scope="col">{t('req.rating')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.requestId} data-request={r.requestId} className={r.overdue ? 'request-row-overdue' : undefined}>
            <th scope="row">
              <Link to={`/talent-service/requests/${r.requestId}`}>{r.personName}</Link>
            </th>
            <td data-label={t('req.kind')}>{t(kindKey(r.kind))}</td>
            <td data-label={t('req.received_on')}>{r.receivedOn}</td>
            <td data-label={t('req.due_on')}>{r.dueOn}</td>
            <td data-label={t('req.status')}>
              <RequestStatus request={r} />
            </td>
            <td data-label={t('req.rating')} data-field="rating">
              {r.rating ? t('req.stars', { n: r.rating }) : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 人才诉求 on a laptop: open requests earliest deadline first, so the overdue come first and are
 * marked in words; the caller's own (as commissioner) or everyone's; and the closed, with their ratings.
 */
export default function RequestsPage() {
  const { t } = useI18n();
  useTitle(t('req.list_title'));
  const [params, setParams] = useSearchParams();
  const view: View = isView(params.get('view')) ? (params.get('view') as View) : 'mine';
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/talent-service/requests', {
          params: {
            query: {
              limit: 50,
              cursor,
              ...(view === 'all' ? { all: 'true' as const } : {}),
              ...(view === 'closed' ? { all: 'true' as const, state: 'closed' as const } : {}),
            },
          },
          signal,
        }),
      ),
    ['/v1/talent-service/requests', view],
  );
  const overdue = list.items.filter((r) => r.overdue).length;

  return (
    <section className="page requests-page" aria-labelledby="requests-title">
      <h1 id="requests-title">{t('req.list_title')}</h1>
      <FilterTabs
        label={t('req.filter')}
        options={VIEWS}
        value={view}
        onChange={(v) => setParams(v === 'mine' ? {} : { view: v }, { replace: true })}
        text={(v) => t(VIEW_LABEL[v])}
      />
      {list.status === 'error' ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : list.status === 'loading' ? (
        <Loading />
      ) : list.items.length === 0 ? (
        <p className="muted">{t(view === 'closed' ? 'req.none_closed' : 'req.none_open')}</p>
      ) : (
        <>
          {overdue > 0 && (
            <p className="request-overdue" data-field="overdue-count">
              {t('req.count_overdue', { n: overdue })}
            </p>
          )}
          <RequestsTable items={list.items} />
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
