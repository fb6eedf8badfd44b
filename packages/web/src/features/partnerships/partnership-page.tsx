import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useUser } from '../../auth/session';
import { ConflictNotice } from '../../ui/conflict-notice';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LifecycleStepper } from './lifecycle-stepper';
import { PartnershipFacts } from './partnership-facts';
import { PartnershipForm } from './partnership-form';
import { Timeline } from './timeline';
import { TransitionDialog } from './transition-dialog';
import { UniversityOutcomes } from './university-outcomes';
import { useI18n } from '../../i18n/i18n';
import { formatList } from '../../lib/format';
import { toDraft, toPatch, type PartnershipDraft } from './partnership-draft';
import { statusKey, type Partnership, type PartnershipStatus } from './partnerships';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import './partnerships.css';

type Notice =
  | { kind: 'created' | 'saved' | 'unchanged' | 'moved' }
  | { kind: 'refused'; allowed: PartnershipStatus[] }
  | undefined;

const isMissing = (error: unknown) =>
  error instanceof ApiError && (error.status === 404 || error.code === 'not_found' || error.status === 400);

function NotFound() {
  const { t } = useI18n();
  useTitle(t('partnership.not_found'));
  return (
    <section className="page">
      <h1>{t('partnership.not_found')}</h1>
      <p>{t('partnership.not_found_body')}</p>
    </section>
  );
}

export default function PartnershipPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const organiser = user.role === 'organiser';
  const { partnershipId = '' } = useParams();
  const location = useLocation();
  const get = useCallback(
    (signal?: AbortSignal) =>
      unwrap(api.GET('/v1/partnerships/{partnershipId}', { params: { path: { partnershipId } }, signal })),
    [partnershipId],
  );
  const partnership = useResource((signal) => get(signal), ['/v1/partnerships/{partnershipId}', partnershipId, get]);
  const universityId = partnership.data?.universityId;
  const university = useResource(
    (signal) =>
      universityId
        ? unwrap(api.GET('/v1/universities/{universityId}', { params: { path: { universityId } }, signal }))
        : Promise.resolve(undefined),
    ['/v1/universities/{universityId}', universityId],
  );
  const [notice, setNotice] = useState<Notice>(
    (location.state as { created?: boolean } | null)?.created ? { kind: 'created' } : undefined,
  );
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [moving, setMoving] = useState<PartnershipStatus>();
  const missing = partnership.status === 'error' && isMissing(partnership.error);
  useTitle(partnership.data?.title);

  if (missing) return <NotFound />;
  if (partnership.status === 'error') return <LoadError error={partnership.error} onRetry={partnership.reload} />;
  if (!partnership.data) return <Loading />;
  const p = partnership.data;

  const save = async (draft: PartnershipDraft) => {
    const patch = toPatch(draft, p);
    if (Object.keys(patch).length === 1) {
      setEditing(false);
      setNotice({ kind: 'unchanged' });
      return;
    }
    try {
      partnership.setData(
        await unwrap(
          api.PATCH('/v1/partnerships/{partnershipId}', { params: { path: { partnershipId } }, body: patch }),
        ),
      );
      setEditing(false);
      setConflict(false);
      setNotice({ kind: 'saved' });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'version_conflict')) throw error;
      // Someone saved first: show their version and let the user redo the edit on it.
      partnership.setData(await get());
      setConflict(true);
    }
  };

  const moved = (next: Partnership) => {
    setMoving(undefined);
    partnership.setData(next);
    setNotice({ kind: 'moved' });
  };
  const refused = async (allowed: PartnershipStatus[]) => {
    setMoving(undefined);
    setNotice({ kind: 'refused', allowed });
    partnership.setData(await get());
  };
  const list = (statuses: PartnershipStatus[]) =>
    formatList(
      statuses.map((s) => t(statusKey(s))),
      lang,
    );

  return (
    <section className="page" aria-labelledby="partnership-title">
      <p className="back">
        {organiser ? (
          <Link to="/partnerships">{t('partnership.back_to_list')}</Link>
        ) : (
          <Link to="/my-university">{t('partnership.back_to_university')}</Link>
        )}
      </p>
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {university.data ? (
              <Link to={organiser ? `/universities/${university.data.universityId}` : '/my-university'}>
                {university.data.name}
              </Link>
            ) : (
              t('nav.partnerships')
            )}
          </p>
          <h1 id="partnership-title">{p.title}</h1>
        </div>
        {organiser && !editing && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setNotice(undefined);
              setConflict(false);
              setEditing(true);
            }}
          >
            {t('partnership.edit')}
          </button>
        )}
      </div>
      {notice?.kind === 'created' && <Alert tone="success">{t('partnership.created')}</Alert>}
      {notice?.kind === 'saved' && <Alert tone="success">{t('common.saved')}</Alert>}
      {notice?.kind === 'unchanged' && <Alert tone="info">{t('common.unchanged')}</Alert>}
      {notice?.kind === 'moved' && <Alert tone="success">{t('transition.done', { to: t(statusKey(p.status)) })}</Alert>}
      {notice?.kind === 'refused' && (
        <Alert tone="warning" title={t('transition.refused')} focus>
          <p>
            {notice.allowed.length
              ? t('transition.refused_allowed', { allowed: list(notice.allowed) })
              : t('transition.refused_none')}
          </p>
        </Alert>
      )}

      <section className="panel" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{t('partnership.lifecycle')}</h2>
        <LifecycleStepper status={p.status} />
        {organiser && p.allowedTransitions.length > 0 && (
          <fieldset className="transition-actions plain-group" aria-label={t('transition.actions')}>
            {p.allowedTransitions.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'terminated' ? 'button secondary danger-text' : 'button primary'}
                onClick={() => setMoving(to)}
              >
                {t('transition.to', { to: t(statusKey(to)) })}
              </button>
            ))}
          </fieldset>
        )}
        {p.allowedTransitions.length === 0 && <p className="hint">{t('transition.final')}</p>}
      </section>
      {moving && (
        <TransitionDialog
          partnership={p}
          to={moving}
          onDone={moved}
          onRefused={refused}
          onClose={() => setMoving(undefined)}
        />
      )}

      <section className="panel" aria-labelledby="partnership-facts-title">
        <h2 id="partnership-facts-title">{editing ? t('partnership.edit_title') : t('partnership.facts')}</h2>
        {editing ? (
          <PartnershipForm
            key={p.version}
            initial={toDraft(p)}
            submitLabel={t('common.save')}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setConflict(false);
            }}
            notice={conflict ? <ConflictNotice /> : undefined}
          />
        ) : (
          <PartnershipFacts partnership={p} />
        )}
      </section>

      <UniversityOutcomes universityId={p.universityId} />

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('activity.timeline')}</h2>
        <Timeline
          source={{ partnershipId, universityId: p.universityId }}
          canAdd={organiser}
          refreshKey={`${p.version}:${p.status}`}
        />
      </section>
    </section>
  );
}
