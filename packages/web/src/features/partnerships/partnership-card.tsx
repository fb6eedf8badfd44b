import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { statusKey, typeKey, type Partnership } from './partnerships';

export function PartnershipStatusBadge({ status }: { status: Partnership['status'] }) {
  const { t } = useI18n();
  return <span className={`badge badge-p-${status}`}>{t(statusKey(status))}</span>;
}

/** One partnership in a list: what, with whom, where it stands and when it runs out. */
export function PartnershipCard({
  partnership: p,
  universityName,
}: {
  partnership: Partnership;
  universityName?: string;
}) {
  const { t } = useI18n();
  return (
    <li className="card partnership-card">
      <h3>
        <Link to={`/partnerships/${p.partnershipId}`}>{p.title}</Link>
      </h3>
      <p className="card-meta">
        <PartnershipStatusBadge status={p.status} />
        {p.overdue && (
          <span className="badge badge-p-overdue" data-testid="overdue-badge">
            {t('partnership.overdue')}
          </span>
        )}
        <span>{t(typeKey(p.type))}</span>
      </p>
      {universityName && <p className="place">{universityName}</p>}
      {p.expiresOn && <p className="muted">{t('partnership.expires_on_value', { date: p.expiresOn })}</p>}
    </li>
  );
}
