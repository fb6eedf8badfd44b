import { useI18n } from '../../i18n/i18n';
import { useAccountsOf } from './care-accounts';
import { contactLevelKey, labelIn, type TalentCare } from './care';
import { ContactStatus } from './people-table';

/** Who looks after the person and when the next contact is due; organisers also see the names of both. */
export function PersonFacts({ care, organiser }: { care: TalentCare; organiser: boolean }) {
  const { t, lang } = useI18n();
  const organisers = useAccountsOf('organiser', organiser);
  const contacts = useAccountsOf('contact', organiser);
  return (
    <dl className="facts" data-section="care-facts">
      <dt>{t('care.tier')}</dt>
      <dd data-field="tier">{labelIn(care.tierLabel, lang)}</dd>
      <dt>{t('care.contact_level')}</dt>
      <dd>{t(contactLevelKey(care.contactLevel))}</dd>
      {organiser && (
        <>
          <dt>{t('care.commissioner')}</dt>
          <dd data-field="commissioner">{organisers.names.get(care.commissionerId) ?? '—'}</dd>
          <dt>{t('care.contact')}</dt>
          <dd data-field="contact">{contacts.names.get(care.contactUserId) ?? '—'}</dd>
        </>
      )}
      <dt>{t('care.onboarded_on')}</dt>
      <dd>{care.onboardedOn}</dd>
      <dt>{t('care.last_contact')}</dt>
      <dd data-field="last-contact">{care.lastContactOn}</dd>
      <dt>{t('care.next_due')}</dt>
      <dd>{care.inService ? care.nextContactDue : '—'}</dd>
      <dt>{t('care.status')}</dt>
      <dd data-field="status">
        <ContactStatus care={care} />
      </dd>
    </dl>
  );
}
