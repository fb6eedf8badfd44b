import { api, unwrap } from '../../api/client';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { MentorForm } from './mentor-form';
import { useI18n } from '../../i18n/i18n';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

export default function MentorsPage() {
  const { t } = useI18n();
  useTitle(t('mnt.title'));
  const list = usePagedList(
    (cursor, signal) => unwrap(api.GET('/v1/mentors', { params: { query: { limit: 50, cursor } }, signal })),
    ['/v1/mentors'],
  );
  const units = useResource(
    (signal) => unwrap(api.GET('/v1/host-units', { params: { query: { limit: 100 } }, signal })),
    ['/v1/host-units'],
  );

  return (
    <section className="page" aria-labelledby="mentors-title">
      <h1 id="mentors-title">{t('mnt.title')}</h1>
      <details className="panel">
        <summary>
          <h2>{t('mnt.new')}</h2>
        </summary>
        {units.data && <MentorForm units={units.data.items} />}
      </details>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('mnt.none')}</p>}
          <ul className="card-list">
            {list.items.map((m) => (
              <li key={m.mentorId} className="card">
                <h2>{m.name}</h2>
                <p className="card-meta">
                  {m.title} · {m.hostUnitName ?? t('mnt.independent')}
                </p>
                <p className="muted">{t('mnt.load', { mentees: m.mentees, max: m.maxMentees })}</p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
