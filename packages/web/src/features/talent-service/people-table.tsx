import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { labelIn, type TalentCare } from './care';

/** Where a person's contact stands, in words: colour alone would say nothing to some readers. */
export function ContactStatus({ care }: { care: TalentCare }) {
  const { t } = useI18n();
  if (!care.inService) return <span className="badge badge-disabled">{t('care.status.left')}</span>;
  return care.contactOverdue ? (
    <span className="badge badge-p-overdue">{t('care.status.overdue')}</span>
  ) : (
    <span className="badge badge-active">{t('care.status.on_time')}</span>
  );
}

/**
 * People looked after, one row each, in the order the API gives (the longest uncontacted first): where
 * they work now, then the cohort they came through and when they started.
 */
export function PeopleTable({ people, cohortNames }: { people: TalentCare[]; cohortNames?: Map<string, string> }) {
  const { t, lang } = useI18n();
  return (
    <table className="report-table" data-table="care">
      <thead>
        <tr>
          <th scope="col">{t('care.name')}</th>
          <th scope="col">{t('care.tier')}</th>
          <th scope="col">{t('care.employer')}</th>
          <th scope="col">{t('care.cohort')}</th>
          <th scope="col">{t('care.last_contact')}</th>
          <th scope="col">{t('care.next_due')}</th>
          <th scope="col">{t('care.status')}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.outcomeId} data-outcome={p.outcomeId}>
            <th scope="row">
              <Link to={`/talent-service/people/${p.outcomeId}`}>{p.name}</Link>
            </th>
            <td data-label={t('care.tier')}>{labelIn(p.tierLabel, lang)}</td>
            <td data-label={t('care.employer')} data-field="employer">
              {p.employer ?? '—'}
            </td>
            <td data-label={t('care.cohort')}>
              {(p.cohortId && cohortNames?.get(p.cohortId)) || t('care.onboarded_on')} · {p.onboardedOn}
            </td>
            <td data-label={t('care.last_contact')}>{p.lastContactOn}</td>
            <td data-label={t('care.next_due')}>{p.inService ? p.nextContactDue : '—'}</td>
            <td data-label={t('care.status')} data-field="status">
              <ContactStatus care={p} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
