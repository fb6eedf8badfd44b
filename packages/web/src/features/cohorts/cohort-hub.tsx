import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { Cohort, CohortSummary } from './cohorts';

interface HubLink {
  to: string;
  label: MessageKey;
  /** What waits there, when the summary's counters already say it. */
  waiting?: string;
}

/**
 * Every part of one cohort from its page, each link saying what waits there when the counters the
 * page already reads know it, so nobody has to open each screen to find the work.
 */
export function CohortHub({
  cohort,
  summary,
  organiser,
}: {
  cohort: Cohort;
  summary: CohortSummary | undefined;
  organiser: boolean;
}) {
  const { t } = useI18n();
  const id = cohort.cohortId;
  const totals = summary?.totals;
  const open = organiser
    ? cohort.status === 'registration_open' || cohort.status === 'review'
    : cohort.status === 'registration_open';
  const placesLeft = totals ? Math.max(0, totals.quota - totals.active) : undefined;
  const links: HubLink[] = organiser
    ? [
        {
          to: `/cohorts/${id}/review`,
          label: 'cohort.hub.review',
          waiting: totals ? t('cohort.hub.to_review', { n: totals.submitted }) : undefined,
        },
        ...(open ? [{ to: `/cohorts/${id}/register`, label: 'cohort.register' as MessageKey }] : []),
        { to: `/cohorts/${id}/placement-board`, label: 'cohort.hub.placement_board' },
        { to: `/cohorts/${id}/placements`, label: 'cohort.hub.placements' },
        { to: `/attendance?cohortId=${id}`, label: 'cohort.hub.attendance' },
        { to: `/cohorts/${id}/logs`, label: 'cohort.hub.logs' },
        { to: `/stipends?cohortId=${id}`, label: 'cohort.hub.stipends' },
        { to: `/cohorts/${id}/report`, label: 'cohort.hub.report' },
      ]
    : [
        ...(open
          ? [
              {
                to: `/cohorts/${id}/register`,
                label: 'cohort.register' as MessageKey,
                waiting: placesLeft === undefined ? undefined : t('cohort.hub.places_left', { n: placesLeft }),
              },
            ]
          : []),
        {
          to: '#students-title',
          label: 'cohort.hub.students',
          waiting: totals ? t('cohort.hub.to_confirm', { n: totals.accepted }) : undefined,
        },
        { to: `/cohorts/${id}/placements`, label: 'cohort.hub.placements' },
        { to: `/attendance?cohortId=${id}`, label: 'cohort.hub.attendance' },
        { to: `/cohorts/${id}/logs`, label: 'cohort.hub.logs' },
      ];

  return (
    <nav className="cohort-hub" aria-label={t('cohort.hub.title')}>
      <h2>{t('cohort.hub.title')}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            {link.to.startsWith('#') ? (
              <a href={link.to}>{t(link.label)}</a>
            ) : (
              <Link to={link.to}>{t(link.label)}</Link>
            )}
            {link.waiting && <span className="hub-waiting">{link.waiting}</span>}
          </li>
        ))}
      </ul>
    </nav>
  );
}
