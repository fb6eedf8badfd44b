import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { PositionCard } from './position-card';
import {
  CLUSTERS,
  clusterLabel,
  COUNTIES,
  countyLabel,
  DEGREES,
  degreeLabel,
  POST_KINDS,
  postKindLabel,
  type Cluster,
  type County,
  type DegreeLevel,
  type PostKind,
} from './positions';
import './messages';
import './positions.css';

const FILTERS = ['degreeLevel', 'discipline', 'county', 'cluster', 'postKind'] as const;
type Filter = (typeof FILTERS)[number];

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/**
 * The public position list (引才岗位): anyone, no sign-in, phone first. The filters live in the address,
 * so a filtered list can be shared or bookmarked and the back button returns to it.
 */
export default function PublicPositionsPage() {
  const { t } = useI18n();
  useTitle(t('jobs.public_title'));
  const [params, setParams] = useSearchParams();
  const degreeLevel = oneOf<DegreeLevel>(DEGREES, params.get('degreeLevel'));
  const county = oneOf<County>(COUNTIES, params.get('county'));
  const cluster = oneOf<Cluster>(CLUSTERS, params.get('cluster'));
  const postKind = oneOf<PostKind>(POST_KINDS, params.get('postKind'));
  const discipline = params.get('discipline')?.trim().slice(0, 40) || undefined;
  // The discipline is typed, so it is applied on submit rather than on every key press.
  const [typed, setTyped] = useState(discipline ?? '');

  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/public/positions', {
          params: {
            query: {
              limit: 20,
              cursor,
              ...(degreeLevel ? { degreeLevel } : {}),
              ...(discipline ? { discipline } : {}),
              ...(county ? { county } : {}),
              ...(cluster ? { cluster } : {}),
              ...(postKind ? { postKind } : {}),
            },
          },
          signal,
        }),
      ),
    ['/v1/public/positions', degreeLevel, discipline, county, cluster, postKind],
  );

  const setFilter = (name: Filter, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  const filtered = FILTERS.some((name) => params.get(name));
  const clear = () => {
    setTyped('');
    setParams(new URLSearchParams(), { replace: true });
  };
  const applyDiscipline = (event: FormEvent) => {
    event.preventDefault();
    setFilter('discipline', typed.trim());
  };

  return (
    <section className="page narrow public-positions" aria-labelledby="jobs-title">
      <p className="eyebrow">{t('app.owner')}</p>
      <h1 id="jobs-title">{t('jobs.public_title')}</h1>
      <p className="lead">{t('jobs.public_intro')}</p>
      <form className="panel position-filters" onSubmit={applyDiscipline} aria-label={t('jobs.filters')}>
        <SelectField
          id="filter-degree"
          label={t('jobs.filter_degree')}
          value={degreeLevel ?? ''}
          onChange={(e) => setFilter('degreeLevel', e.target.value)}
        >
          <option value="">{t('jobs.any')}</option>
          {DEGREES.map((d) => (
            <option key={d} value={d}>
              {degreeLabel(t, d)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-county"
          label={t('jobs.filter_county')}
          value={county ?? ''}
          onChange={(e) => setFilter('county', e.target.value)}
        >
          <option value="">{t('jobs.any')}</option>
          {COUNTIES.map((c) => (
            <option key={c} value={c}>
              {countyLabel(t, c)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-cluster"
          label={t('jobs.filter_cluster')}
          value={cluster ?? ''}
          onChange={(e) => setFilter('cluster', e.target.value)}
        >
          <option value="">{t('jobs.any')}</option>
          {CLUSTERS.map((c) => (
            <option key={c} value={c}>
              {clusterLabel(t, c)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-post-kind"
          label={t('jobs.filter_post_kind')}
          value={postKind ?? ''}
          onChange={(e) => setFilter('postKind', e.target.value)}
        >
          <option value="">{t('jobs.any')}</option>
          {POST_KINDS.map((k) => (
            <option key={k} value={k}>
              {postKindLabel(t, k)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="filter-discipline"
          label={t('jobs.filter_discipline')}
          hint={t('jobs.filter_discipline_hint')}
          value={typed}
          maxLength={40}
          onChange={(e) => setTyped(e.target.value)}
        />
        <div className="filter-actions">
          <button type="submit" className="button primary">
            {t('jobs.search')}
          </button>
          {filtered && (
            <button type="button" className="button secondary" onClick={clear}>
              {t('jobs.clear_filters')}
            </button>
          )}
        </div>
      </form>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' &&
        (list.items.length === 0 ? (
          <Alert tone="info" title={filtered ? t('jobs.none_filtered') : t('jobs.none')}>
            <p>{filtered ? t('jobs.none_filtered_next') : t('jobs.none_next')}</p>
            {filtered && (
              <button type="button" className="button secondary" onClick={clear}>
                {t('jobs.clear_filters')}
              </button>
            )}
          </Alert>
        ) : (
          <>
            <p className="result-count" role="status">
              {list.nextCursor
                ? t('jobs.count_more', { n: list.items.length })
                : t('jobs.count', { n: list.items.length })}
            </p>
            <ul className="card-list position-list">
              {list.items.map((position) => (
                <PositionCard key={position.positionId} position={position} />
              ))}
            </ul>
            <LoadMore list={list} />
          </>
        ))}
    </section>
  );
}
