import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { useI18n } from '../../i18n/i18n';
import { formatYuan, today } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { type ApplicationReceipt, ApplyForm } from './apply-form';
import { ApplyReceipt } from './apply-receipt';
import { myApplicationPath } from './my-application-recovery';
import { SubsidyLine } from './position-card';
import { PositionFacts } from './position-facts';
import { degreeLabel, isMissing, type HousingSubsidy } from './positions';
import './messages';
import './positions.css';

/** What each accepted degree would get: a PhD is paid more than the master's the position asks for. */
function SubsidyByDegree({ subsidy }: { subsidy: HousingSubsidy }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="subsidy-title">
      <h2 id="subsidy-title">{t('jobs.subsidy_title')}</h2>
      <SubsidyLine subsidy={subsidy} />
      {subsidy.byDegree.length > 1 && (
        <table className="subsidy-table">
          <caption className="visually-hidden">{t('jobs.subsidy_by_degree')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.degree_held')}</th>
              <th scope="col">{t('jobs.subsidy')}</th>
            </tr>
          </thead>
          <tbody>
            {subsidy.byDegree.map((row) => (
              <tr key={row.degreeLevel}>
                <th scope="row">{degreeLabel(t, row.degreeLevel)}</th>
                <td>{row.amountFen > 0 ? formatYuan(row.amountFen) : t('jobs.subsidy_zero')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">
        {t(subsidy.zone === 'high_tech_zone' ? 'jobs.zone_high_tech' : 'jobs.zone_prefecture')}{' '}
        {t('jobs.years_required', { n: subsidy.yearsRequired })}
      </p>
    </section>
  );
}

function NotFound() {
  const { t } = useI18n();
  useTitle(t('jobs.position_missing'));
  return (
    <section className="page narrow" aria-labelledby="missing-title">
      <h1 id="missing-title">{t('jobs.position_missing')}</h1>
      <p>{t('jobs.position_missing_body')}</p>
      <p>
        <Link className="button primary block-mobile" to="/positions">
          {t('jobs.see_all')}
        </Link>
      </p>
    </section>
  );
}

/** One published position, for anyone: every field, the subsidy by degree and how to apply. */
export default function PublicPositionPage() {
  const { t } = useI18n();
  const { positionId = '' } = useParams();
  const position = useResource(
    (signal) => unwrap(api.GET('/v1/public/positions/{positionId}', { params: { path: { positionId } }, signal })),
    ['/v1/public/positions/{positionId}', positionId],
  );
  const [applied, setApplied] = useState<{ receipt: ApplicationReceipt; email: string }>();
  useTitle(position.data?.title ?? t('jobs.public_title'));

  if (position.status === 'error' && isMissing(position.error)) return <NotFound />;
  if (position.status === 'error') return <LoadError error={position.error} onRetry={position.reload} />;
  if (!position.data) return <Loading />;
  const p = position.data;

  return (
    <section className="page narrow public-position" aria-labelledby="position-heading">
      <p className="back">
        <Link to="/positions">{t('jobs.back_to_list')}</Link>
      </p>
      <p className="eyebrow">{p.unitName}</p>
      <h1 id="position-heading">{p.title}</h1>
      {p.housingSubsidy ? (
        <SubsidyByDegree subsidy={p.housingSubsidy} />
      ) : (
        <Alert tone="info">{t('jobs.subsidy_none')}</Alert>
      )}
      <section className="panel" aria-labelledby="facts-title">
        <h2 id="facts-title">{t('jobs.details')}</h2>
        <PositionFacts position={p} />
      </section>
      <section className="panel" aria-labelledby="apply-title">
        <h2 id="apply-title">{t('applying.title')}</h2>
        {applied ? (
          <ApplyReceipt receipt={applied.receipt} email={applied.email} />
        ) : p.deadline < today() ? (
          <Alert tone="info">{t('applying.closed')}</Alert>
        ) : (
          <>
            <ApplyForm positionId={p.positionId} onApplied={(receipt, email) => setApplied({ receipt, email })} />
            <p>
              <Link to={myApplicationPath(p.positionId)}>{t('applying.my_link')}</Link>
            </p>
          </>
        )}
        <p className="hint">{t('jobs.apply_contact', { name: p.contact.name, phone: p.contact.phone })}</p>
      </section>
    </section>
  );
}
