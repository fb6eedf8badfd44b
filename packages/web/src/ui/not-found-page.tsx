import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useTitle } from '../lib/use-title';

export function NotFoundPage() {
  const { t } = useI18n();
  useTitle(t('not_found.title'));
  return (
    <section className="page narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('not_found.title')}</h1>
      <p>{t('not_found.body')}</p>
      <p>
        <Link to="/">{t('common.back_home')}</Link>
      </p>
    </section>
  );
}
