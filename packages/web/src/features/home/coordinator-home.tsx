import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { LoadError, Loading } from '../../ui/feedback';
import './home.css';

/** A coordinator's first screen on the phone: what needs them now, each item a link to where it is done. */
export default function CoordinatorHome() {
  const { t, lang } = useI18n();
  useTitle(t('home.coordinator.title'));
  const todo = useResource((signal) => unwrap(api.GET('/v1/home/coordinator', { signal })), ['/v1/home/coordinator']);
  if (todo.status === 'error') return <LoadError error={todo.error} onRetry={todo.reload} />;
  if (!todo.data) return <Loading />;
  const { toRegister, toConfirm, decisions } = todo.data;
  // Opening a decision from here counts as reading it, as opening it from the notification list does.
  const markRead = (notificationId: string) => {
    void api.POST('/v1/me/notifications/{notificationId}/read', { params: { path: { notificationId } } });
  };

  return (
    <section className="page home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.coordinator.title')}</h1>
      <p className="lead">{t('home.coordinator.lead')}</p>
      <section className="panel" aria-labelledby="home-register">
        <h2 id="home-register">{t('home.register.title')}</h2>
        {toRegister.length === 0 ? (
          <p>{t('home.register.none')}</p>
        ) : (
          <ul className="row-list">
            {toRegister.map((c) => (
              <li key={c.cohortId} className="row-item">
                <h3>{c.name}</h3>
                <p>
                  {t('home.register.item', {
                    left: c.placesLeft,
                    quota: c.quota,
                    closes: formatDateTime(c.registrationClosesAt, lang),
                  })}
                </p>
                <div className="actions-row">
                  <Link to={`/cohorts/${c.cohortId}/register`} className="button primary">
                    {t('home.register.action')}
                    <span className="visually-hidden">（{c.name}）</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="home-confirm">
        <h2 id="home-confirm">{t('home.confirm.title')}</h2>
        {toConfirm.length === 0 ? (
          <p>{t('home.confirm.none')}</p>
        ) : (
          <ul className="row-list">
            {toConfirm.map((c) => (
              <li key={c.cohortId} className="row-item">
                <h3>{c.name}</h3>
                <p>{t('home.confirm.item', { n: c.accepted })}</p>
                <div className="actions-row">
                  <Link to={`/cohorts/${c.cohortId}#students-title`} className="button secondary">
                    {t('home.confirm.action')}
                    <span className="visually-hidden">（{c.name}）</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="home-decisions">
        <h2 id="home-decisions">{t('home.decisions.title')}</h2>
        {decisions.length === 0 ? (
          <p>{t('home.decisions.none')}</p>
        ) : (
          <ul className="home-links">
            {decisions.map((d) => (
              <li key={d.notificationId}>
                <Link to={d.link} onClick={() => markRead(d.notificationId)}>
                  {d.title}
                </Link>
                <span>{formatDateTime(d.createdAt, lang)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link to="/notifications">{t('home.decisions.all')}</Link>
      </section>
      <p>
        <Link to="/my-university">{t('home.my_university')}</Link>
      </p>
    </section>
  );
}
