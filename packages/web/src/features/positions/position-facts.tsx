import { useI18n } from '../../i18n/i18n';
import {
  clusterLabel,
  countyLabel,
  degreeLabel,
  postKindLabel,
  salaryText,
  type Position,
  type PublicPosition,
} from './positions';

type Shown = Omit<PublicPosition, 'housingSubsidy'> | Position;

/** Every field of a position as it is published; the public page and the organisers' page show the same. */
export function PositionFacts({ position: p }: { position: Shown }) {
  const { t } = useI18n();
  const any = t('jobs.any_discipline');
  return (
    <>
      <dl className="facts position-all-facts">
        <div>
          <dt>{t('jobs.unit')}</dt>
          <dd>{p.unitName}</dd>
        </div>
        <div>
          <dt>{t('jobs.sector')}</dt>
          <dd>{p.sector}</dd>
        </div>
        <div>
          <dt>{t('jobs.cluster')}</dt>
          <dd>{clusterLabel(t, p.cluster)}</dd>
        </div>
        <div>
          <dt>{t('jobs.county')}</dt>
          <dd>
            {countyLabel(t, p.county)}
            {p.inHighTechZone ? ` · ${t('jobs.in_zone')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('jobs.degree')}</dt>
          <dd>{t('jobs.degree_or_above', { degree: degreeLabel(t, p.degreeLevel) })}</dd>
        </div>
        <div>
          <dt>{t('jobs.disciplines')}</dt>
          <dd>{p.disciplines.length ? p.disciplines.join(t('common.list_separator')) : any}</dd>
        </div>
        <div>
          <dt>{t('jobs.majors')}</dt>
          <dd>{p.majors.length ? p.majors.join(t('common.list_separator')) : any}</dd>
        </div>
        <div>
          <dt>{t('jobs.headcount')}</dt>
          <dd>{t('jobs.headcount_value', { n: p.headcount })}</dd>
        </div>
        <div>
          <dt>{t('jobs.post_kind')}</dt>
          <dd>
            {postKindLabel(t, p.postKind)}
            {p.staffingPool ? ` · ${t('jobs.staffing_pool')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('jobs.salary')}</dt>
          <dd>{salaryText(t, p.salaryBand)}</dd>
        </div>
        <div>
          <dt>{t('jobs.deadline')}</dt>
          <dd>{p.deadline}</dd>
        </div>
        <div>
          <dt>{t('jobs.contact')}</dt>
          <dd>
            {p.contact.name} · <a href={`tel:${p.contact.phone}`}>{p.contact.phone}</a>
            {p.contact.email && (
              <>
                {' · '}
                <a href={`mailto:${p.contact.email}`} className="break">
                  {p.contact.email}
                </a>
              </>
            )}
          </dd>
        </div>
      </dl>
      {p.description && (
        <>
          <h3>{t('jobs.description')}</h3>
          <p className="prewrap">{p.description}</p>
        </>
      )}
      {p.benefits && (
        <>
          <h3>{t('jobs.benefits')}</h3>
          <p className="prewrap">{p.benefits}</p>
        </>
      )}
    </>
  );
}
