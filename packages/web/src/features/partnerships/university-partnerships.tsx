import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';
import { PartnershipCard } from './partnership-card';
import { Timeline } from './timeline';

/** 合作与往来: a university's partnerships and its timeline; coordinators read it, organisers add to it. */
export function UniversityPartnerships({ universityId, canEdit }: { universityId: string; canEdit: boolean }) {
  const { t } = useI18n();
  // One university rarely has more than a handful of agreements, so one page of 100 covers it.
  const partnerships = useResource(
    (signal) => unwrap(api.GET('/v1/partnerships', { params: { query: { universityId, limit: 100 } }, signal })),
    ['/v1/partnerships', universityId],
  );
  return (
    <section className="panel" aria-labelledby="relations-title">
      <div className="panel-head">
        <h2 id="relations-title">{t('relations.title')}</h2>
        {canEdit && (
          <Link to={`/partnerships/new?universityId=${universityId}`} className="button secondary">
            {t('partnerships.new')}
          </Link>
        )}
      </div>
      <h3>{t('relations.partnerships')}</h3>
      {partnerships.status === 'error' && <LoadError error={partnerships.error} onRetry={partnerships.reload} />}
      {partnerships.status === 'loading' && !partnerships.data && <Loading />}
      {partnerships.data && partnerships.data.items.length === 0 && (
        <p className="muted">{t('relations.no_partnerships')}</p>
      )}
      {partnerships.data && partnerships.data.items.length > 0 && (
        <ul className="card-list">
          {partnerships.data.items.map((p) => (
            <PartnershipCard key={p.partnershipId} partnership={p} />
          ))}
        </ul>
      )}
      <h3>{t('activity.timeline')}</h3>
      {!canEdit && <p className="hint">{t('relations.readonly')}</p>}
      <Timeline source={{ universityId }} canAdd={canEdit} partnerships={partnerships.data?.items} />
    </section>
  );
}
