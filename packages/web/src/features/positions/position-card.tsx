import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { formatYuan } from '../../lib/format';
import {
  clusterLabel,
  countyLabel,
  degreeLabel,
  postKindLabel,
  subsidySource,
  type HousingSubsidy,
  type PositionSummary,
} from './positions';

/** The housing subsidy someone taking the position would get, and the policy version it is priced from. */
export function SubsidyLine({ subsidy }: { subsidy: HousingSubsidy | null }) {
  const { t } = useI18n();
  if (!subsidy) return <p className="subsidy subsidy-none">{t('jobs.subsidy_none')}</p>;
  return (
    <div className="subsidy">
      <p className="subsidy-amount">
        {subsidy.amountFen > 0
          ? t('jobs.subsidy_amount', { amount: formatYuan(subsidy.amountFen) })
          : t('jobs.subsidy_zero')}
      </p>
      <p className="subsidy-source">{subsidySource(t, subsidy)}</p>
    </div>
  );
}

/** One published position in a list: enough to decide whether to open it. */
export function PositionCard({ position }: { position: PositionSummary }) {
  const { t } = useI18n();
  return (
    <li className="card position-card">
      <p className="eyebrow position-unit">{position.unitName}</p>
      <h2 className="position-title">
        <Link to={`/positions/${position.positionId}`}>{position.title}</Link>
      </h2>
      <p className="card-meta">
        <span>{countyLabel(t, position.county)}</span>
        <span>{clusterLabel(t, position.cluster)}</span>
        <span>{postKindLabel(t, position.postKind)}</span>
      </p>
      <dl className="position-facts">
        <div>
          <dt>{t('jobs.degree')}</dt>
          <dd>{t('jobs.degree_or_above', { degree: degreeLabel(t, position.degreeLevel) })}</dd>
        </div>
        <div>
          <dt>{t('jobs.headcount')}</dt>
          <dd>{t('jobs.headcount_value', { n: position.headcount })}</dd>
        </div>
        <div>
          <dt>{t('jobs.deadline')}</dt>
          <dd>{position.deadline}</dd>
        </div>
      </dl>
      <SubsidyLine subsidy={position.housingSubsidy} />
    </li>
  );
}
