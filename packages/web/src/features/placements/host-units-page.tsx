import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { CLUSTERS, clusterLabel, countyLabel, KINDS, kindLabel, type Cluster, type HostUnitKind } from './placements';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

export default function HostUnitsPage() {
  const { t } = useI18n();
  useTitle(t('hu.title'));
  const [kind, setKind] = useState<HostUnitKind | ''>('');
  const [cluster, setCluster] = useState<Cluster | ''>('');
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/host-units', {
          params: { query: { limit: 50, cursor, ...(kind ? { kind } : {}), ...(cluster ? { cluster } : {}) } },
          signal,
        }),
      ),
    ['/v1/host-units', kind, cluster],
  );

  return (
    <section className="page" aria-labelledby="hu-title">
      <div className="page-head">
        <h1 id="hu-title">{t('hu.title')}</h1>
        <Link to="/host-units/new" className="button primary">
          {t('hu.new')}
        </Link>
      </div>
      <div className="field-row">
        <SelectField
          id="filter-kind"
          label={t('hu.filter_kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as HostUnitKind | '')}
        >
          <option value="">{t('hu.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(t, k)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-cluster"
          label={t('hu.filter_cluster')}
          value={cluster}
          onChange={(e) => setCluster(e.target.value as Cluster | '')}
        >
          <option value="">{t('hu.all')}</option>
          {CLUSTERS.map((c) => (
            <option key={c} value={c}>
              {clusterLabel(t, c)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('hu.none')}</p>}
          <ul className="card-list">
            {list.items.map((unit) => (
              <li key={unit.hostUnitId} className="card">
                <h2>
                  <Link to={`/host-units/${unit.hostUnitId}`}>{unit.name}</Link>
                </h2>
                <p className="card-meta">
                  {kindLabel(t, unit.kind)} · {clusterLabel(t, unit.cluster)} · {countyLabel(t, unit.county)}
                </p>
                <p className="muted">{unit.address}</p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
