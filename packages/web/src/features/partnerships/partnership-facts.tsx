import { useI18n } from '../../i18n/i18n';
import { typeKey, type Partnership } from './partnerships';
import { PartnershipStatusBadge } from './partnership-card';

export function PartnershipFacts({ partnership: p }: { partnership: Partnership }) {
  const { t } = useI18n();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <dl className="facts">
      <div>
        <dt>{t('partnership.type')}</dt>
        <dd>{t(typeKey(p.type))}</dd>
      </div>
      <div>
        <dt>{t('partnership.status')}</dt>
        <dd>
          <PartnershipStatusBadge status={p.status} />
        </dd>
      </div>
      <div>
        <dt>{t('partnership.signed_on')}</dt>
        <dd>{p.signedOn ?? none}</dd>
      </div>
      <div>
        <dt>{t('partnership.expires_on')}</dt>
        <dd>{p.expiresOn ?? none}</dd>
      </div>
      <div>
        <dt>{t('partnership.owner_department')}</dt>
        <dd>{p.ownerDepartment || none}</dd>
      </div>
      <div>
        <dt>{t('partnership.last_activity')}</dt>
        <dd>{p.lastActivityOn}</dd>
      </div>
      <div>
        <dt>{t('partnership.commitments')}</dt>
        <dd>
          {p.commitments.length === 0 ? (
            none
          ) : (
            <ul className="plain-list">
              {p.commitments.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
                <li key={i}>
                  {c.description}
                  {c.studentsPerYear !== undefined &&
                    ` · ${t('partnership.students_per_year_value', { n: c.studentsPerYear })}`}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('partnership.documents')}</dt>
        <dd>
          {p.documents.length === 0 ? (
            none
          ) : (
            <ul className="plain-list">
              {p.documents.map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
                <li key={i}>
                  <a href={d.url} target="_blank" rel="noopener noreferrer">
                    {d.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('partnership.notes')}</dt>
        <dd className="prewrap">{p.notes || none}</dd>
      </div>
    </dl>
  );
}
