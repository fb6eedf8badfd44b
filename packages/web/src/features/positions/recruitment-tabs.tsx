import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** The three lists of the recruitment office: positions, notices and the employing units. */
export function RecruitmentTabs() {
  const { t } = useI18n();
  return (
    <nav className="recruitment-tabs" aria-label={t('jobs.sections')}>
      <NavLink to="/recruitment" end>
        {t('jobs.positions_title')}
      </NavLink>
      <NavLink to="/recruitment/notices">{t('jobs.notices_title')}</NavLink>
      <NavLink to="/recruitment/employers">{t('jobs.employers_title')}</NavLink>
      <NavLink to="/positions">{t('jobs.public_view')}</NavLink>
    </nav>
  );
}
