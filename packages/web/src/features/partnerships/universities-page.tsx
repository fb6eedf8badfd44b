import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { TagList } from './tag-list';
import { useI18n } from '../../i18n/i18n';
import { PROVINCES, provinceLabel } from './regions';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { LoadMore } from '../../ui/load-more';
import './partnerships.css';

const PAGE_SIZE = 20;

export default function UniversitiesPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const organiser = user.role === 'organiser';
  useTitle(t('universities.title'));
  // Filters live in the URL, so a search survives reload and the back button returns to it.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const province = params.get('province') ?? '';
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);

  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/universities', {
          params: { query: { q: q || undefined, province: province || undefined, limit: PAGE_SIZE, cursor } },
          signal,
        }),
      ),
    ['/v1/universities', q, province],
  );

  const applyFilters = (next: { q?: string; province?: string }) => {
    const merged = { q, province, ...next };
    const search = new URLSearchParams();
    if (merged.q.trim()) search.set('q', merged.q.trim());
    if (merged.province) search.set('province', merged.province);
    setParams(search, { replace: true });
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    applyFilters({ q: typed });
  };

  const filtered = Boolean(q || province);

  return (
    <section className="page" aria-labelledby="universities-title">
      <div className="page-head">
        <h1 id="universities-title">{t('universities.title')}</h1>
        {organiser && (
          <Link to="/universities/new" className="button primary">
            {t('universities.new')}
          </Link>
        )}
      </div>
      {organiser && (
        <search>
          <form className="filters" onSubmit={onSearch} noValidate>
            <TextField
              id="q"
              type="search"
              label={t('universities.search')}
              placeholder={t('universities.search_placeholder')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              maxLength={60}
              autoComplete="off"
            />
            <SelectField
              id="province"
              label={t('universities.province')}
              value={province}
              onChange={(e) => applyFilters({ province: e.target.value })}
            >
              <option value="">{t('universities.all_provinces')}</option>
              {PROVINCES.map(([zh]) => (
                <option key={zh} value={zh}>
                  {provinceLabel(zh, lang)}
                </option>
              ))}
            </SelectField>
            <div className="filter-actions">
              <button type="submit" className="button primary">
                {t('universities.search_submit')}
              </button>
              {filtered && (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => applyFilters({ q: '', province: '' })}
                >
                  {t('universities.clear')}
                </button>
              )}
            </div>
          </form>
        </search>
      )}

      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          <p className="result-count" role="status">
            {list.items.length === 0
              ? t(filtered ? 'universities.none_matching' : 'universities.none')
              : t(list.nextCursor ? 'universities.count_more' : 'universities.count', { n: list.items.length })}
          </p>
          <ul className="card-list">
            {list.items.map((u) => (
              <li key={u.universityId} className="card university-card">
                <h2>
                  <Link to={`/universities/${u.universityId}`}>{u.name}</Link>
                </h2>
                {u.nameEn && (
                  <p className="muted" lang="en">
                    {u.nameEn}
                  </p>
                )}
                <p className="place">
                  {u.city} · {provinceLabel(u.province, lang)}
                </p>
                <TagList tags={u.tags} />
              </li>
            ))}
          </ul>
          <LoadMore list={list} label="universities.load_more" />
        </>
      )}
    </section>
  );
}
