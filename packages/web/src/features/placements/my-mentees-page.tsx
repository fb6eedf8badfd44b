import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../auth/session';
import { LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import { degreeLabel } from './placements';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './placements.css';

/** A mentor's mentees, read on a phone: who they are, where they practise, how to reach them. */
export default function MyMenteesPage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('mentees.title'));
  const mentorId = user.mentorId ?? '';
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/mentors/{mentorId}/mentees', {
          params: { path: { mentorId }, query: { limit: 50, cursor } },
          signal,
        }),
      ),
    ['/v1/mentors/{mentorId}/mentees', mentorId],
  );

  return (
    <section className="page narrow" aria-labelledby="mentees-title">
      <h1 id="mentees-title">{t('mentees.title')}</h1>
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          {list.items.length === 0 && <p className="result-count">{t('mentees.none')}</p>}
          <ul className="row-list">
            {list.items.map((m) => (
              <li key={m.registrationId} className="row-item" data-testid="mentee">
                <h2>{m.internName}</h2>
                <p className="muted">
                  {t('mentees.university', {
                    university: m.universityName,
                    degree: degreeLabel(t, m.degreeLevel),
                    major: m.major,
                  })}
                </p>
                <p>{t('mentees.project', { project: m.projectTitle })}</p>
                <p>{t('mentees.unit', { unit: m.hostUnitName })}</p>
                <p>{t('mentees.dates', { from: m.startDate, to: m.endDate })}</p>
                <p className="mentee-contact">
                  {t('mentees.phone')}：{m.phone} · {t('mentees.email')}：<a href={`mailto:${m.email}`}>{m.email}</a>
                </p>
                <p>
                  <Link to={`/placements/${m.registrationId}/letter`}>{t('board.letter')}</Link>
                </p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
