import { Link } from 'react-router';
import { homePath, useUser } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';

export function UniversityNotFound() {
  const { t } = useI18n();
  const user = useUser();
  useTitle(t('university.not_found_title'));
  return (
    <section className="page narrow" aria-labelledby="missing-title">
      <h1 id="missing-title">{t('university.not_found_title')}</h1>
      <p>{t('university.not_found_body')}</p>
      <p>
        <Link to={homePath(user)}>{t('common.back_home')}</Link>
      </p>
    </section>
  );
}
