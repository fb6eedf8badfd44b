import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { CareAssignForm } from './care-assign-form';
import { CareCard } from './care-card';
import { PersonFacts } from './person-facts';
import { ContactLogForm } from './contact-log-form';
import { ContactTimeline } from './contact-timeline';
import './messages';
import { TalentAccountInvite } from './talent-account-invite';
import './care.css';

/** Only organisers read the outcome and its retention years; a contact's page goes without them. */
function useOutcome(outcomeId: string, enabled: boolean) {
  const outcome = useResource(
    (signal) =>
      enabled
        ? unwrap(api.GET('/v1/outcomes/{outcomeId}', { params: { path: { outcomeId } }, signal }))
        : Promise.resolve(null),
    ['/v1/outcomes/{outcomeId}', outcomeId, enabled],
  );
  const ledger = useResource(
    (signal) =>
      enabled
        ? unwrap(api.GET('/v1/outcomes/{outcomeId}/retention', { params: { path: { outcomeId } }, signal }))
        : Promise.resolve(null),
    ['/v1/outcomes/{outcomeId}/retention', outcomeId, enabled],
  );
  return { outcome: outcome.data ?? undefined, ledger: ledger.data ?? undefined };
}

/**
 * A person looked after: tier, commissioner and contact (organisers change them), the service record
 * next to the outcome's steps and retention years, a contact to log and the service card. A contact
 * opens only their own people; anyone else's reads as not found.
 */
export default function PersonPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const organiser = user?.role === 'organiser';
  const { outcomeId = '' } = useParams();
  const [stale, setStale] = useState(false);
  const care = useResource(
    (signal) => unwrap(api.GET('/v1/talent-service/people/{outcomeId}', { params: { path: { outcomeId } }, signal })),
    ['/v1/talent-service/people/{outcomeId}', outcomeId],
  );
  const log = useResource(
    (signal) =>
      unwrap(api.GET('/v1/talent-service/people/{outcomeId}/contacts', { params: { path: { outcomeId } }, signal })),
    ['/v1/talent-service/people/{outcomeId}/contacts', outcomeId],
  );
  const { outcome, ledger } = useOutcome(outcomeId, organiser);
  const name = care.data?.name ?? outcome?.name;
  useTitle(name ? t('care.person_title', { name }) : t('care.title'));

  const notLookedAfter = care.status === 'error' && care.error instanceof ApiError && care.error.status === 404;
  if (care.status === 'error' && !(notLookedAfter && organiser))
    return (
      <section className="page" aria-labelledby="care-person-title">
        <h1 id="care-person-title">{t('care.title')}</h1>
        <LoadError error={care.error} onRetry={notLookedAfter ? undefined : care.reload} />
        <p>
          <Link to="/talent-service">{t('care.back')}</Link>
        </p>
      </section>
    );
  if (!care.data && !notLookedAfter) return <Loading />;

  const c = care.data;
  const stepsShown = outcome?.history.map((h) => ({ on: h.on, stage: h.stage, employer: h.employer }));
  return (
    <section className="page care-page" aria-labelledby="care-person-title">
      <p>
        <Link to="/talent-service">{t('care.back')}</Link>
      </p>
      <h1 id="care-person-title">{name ? t('care.person_title', { name }) : t('care.title')}</h1>
      {organiser && (
        <p>
          <Link to={`/outcomes/${outcomeId}`}>{t('care.outcome_link')}</Link>
        </p>
      )}
      {c ? <PersonFacts care={c} organiser={organiser} /> : <p>{t('care.not_looked_after')}</p>}
      {stale && (
        <Alert tone="warning" title={t('care.stale_title')} focus>
          <p>{t('care.stale_body')}</p>
        </Alert>
      )}
      {organiser && (
        <CareAssignForm
          key={c?.version ?? 0}
          outcomeId={outcomeId}
          care={c}
          onSaved={(next) => {
            setStale(false);
            care.setData(next);
            care.reload();
          }}
          onStale={() => {
            setStale(true);
            care.reload();
          }}
        />
      )}
      {c && (
        <>
          <ContactLogForm
            outcomeId={outcomeId}
            onLogged={() => {
              care.reload();
              log.reload();
            }}
          />
          <ContactTimeline log={log.data?.items ?? []} steps={stepsShown} confirmations={ledger?.confirmations} />
          {organiser && <CareCard outcomeId={outcomeId} />}
          {/* An intern signs in with the account they have; a person who came from a lead needs one. */}
          {organiser && outcome?.subjectKind === 'lead' && <TalentAccountInvite outcomeId={outcomeId} />}
        </>
      )}
    </section>
  );
}
