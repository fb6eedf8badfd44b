import { useUser } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';
import './trips.css';

/** Mentors and interns sign in already, but their screens belong to the practice programme still to come. */
export default function WelcomePage() {
  const { t } = useI18n();
  const user = useUser();
  useTitle();
  return (
    <section className="page narrow" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('welcome.title', { name: user.name })}</h1>
      <p>{t('welcome.body')}</p>
    </section>
  );
}
