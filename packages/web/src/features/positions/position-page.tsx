import { useCallback, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { XlsxDownload } from '../../ui/xlsx-download';
import { toDraft, toPatch } from './position-draft';
import { PositionFacts } from './position-facts';
import { PositionForm } from './position-form';
import {
  isMissing,
  isVersionConflict,
  movePosition,
  statusLabel,
  TransitionRefused,
  type PositionStatus,
} from './positions';
import { failedMove, RecordNotices, type RecordNotice } from './record-notices';
import './messages';
import './positions.css';

type Notice = RecordNotice<PositionStatus>;

const ACTION: Record<PositionStatus, 'jobs.publish' | 'jobs.close' | 'jobs.mark_filled' | 'jobs.to_draft'> = {
  published: 'jobs.publish',
  closed: 'jobs.close',
  filled: 'jobs.mark_filled',
  draft: 'jobs.to_draft',
};

/** One position for organisers: its status and the moves it allows, its fields, and editing them. */
export default function PositionPage() {
  const { t } = useI18n();
  const { positionId = '' } = useParams();
  const location = useLocation();
  const get = useCallback(
    (signal?: AbortSignal) =>
      unwrap(api.GET('/v1/positions/{positionId}', { params: { path: { positionId } }, signal })),
    [positionId],
  );
  const position = useResource((signal) => get(signal), ['/v1/positions/{positionId}', positionId, get]);
  const [notice, setNotice] = useState<Notice>(
    (location.state as { created?: boolean } | null)?.created ? { kind: 'created' } : undefined,
  );
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [confirming, setConfirming] = useState<PositionStatus>();
  const [moving, setMoving] = useState(false);
  useTitle(position.data?.title ?? t('jobs.positions_title'));

  if (position.status === 'error' && isMissing(position.error))
    return (
      <section className="page" aria-labelledby="missing-title">
        <h1 id="missing-title">{t('jobs.position_missing')}</h1>
        <p>{t('jobs.position_missing_organiser')}</p>
        <Link to="/recruitment">{t('jobs.back_to_positions')}</Link>
      </section>
    );
  if (position.status === 'error') return <LoadError error={position.error} onRetry={position.reload} />;
  if (!position.data) return <Loading />;
  const p = position.data;
  const editable = p.status === 'draft' || p.status === 'published';

  const move = async (to: PositionStatus) => {
    setConfirming(undefined);
    setMoving(true);
    setNotice(undefined);
    try {
      position.setData(await movePosition(positionId, { to, version: p.version }));
      setNotice({ kind: 'moved' });
    } catch (error) {
      setNotice(failedMove(error, t));
      // Either way the position changed under us: show what it is now.
      if (error instanceof TransitionRefused || isVersionConflict(error)) position.setData(await get());
    } finally {
      setMoving(false);
    }
  };

  const save = async (draft: ReturnType<typeof toDraft>) => {
    const patch = toPatch(draft, p);
    if (Object.keys(patch).length === 1) {
      setEditing(false);
      setNotice({ kind: 'unchanged' });
      return;
    }
    try {
      position.setData(
        await unwrap(api.PATCH('/v1/positions/{positionId}', { params: { path: { positionId } }, body: patch })),
      );
      setEditing(false);
      setConflict(false);
      setNotice({ kind: 'saved' });
    } catch (error) {
      if (!isVersionConflict(error)) throw error;
      // Someone saved first: show their version and let the organiser redo the edit on it.
      position.setData(await get());
      setConflict(true);
    }
  };

  return (
    <section className="page position-page" aria-labelledby="position-heading">
      <p className="back">
        <Link to="/recruitment">{t('jobs.back_to_positions')}</Link>
      </p>
      <div className="page-head">
        <div>
          <p className="eyebrow">{p.unitName}</p>
          <h1 id="position-heading">{p.title}</h1>
          <p className="card-meta">
            <span className={`badge badge-job-${p.status}`}>{statusLabel(t, p.status)}</span>
            <span className="muted">{t('jobs.version', { n: p.version })}</span>
          </p>
        </div>
        {editable && !editing && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setNotice(undefined);
              setConflict(false);
              setEditing(true);
            }}
          >
            {t('jobs.edit')}
          </button>
        )}
        <XlsxDownload
          label={t('jobs.export_position')}
          fallbackName="应聘人员.xlsx"
          request={() =>
            api.GET('/v1/positions/{positionId}/applications.xlsx', {
              params: { path: { positionId: p.positionId } },
              parseAs: 'blob',
            })
          }
        />
      </div>
      <RecordNotices notice={notice} status={p.status} label={(s) => statusLabel(t, s)} created={t('jobs.created')} />

      <section className="panel" aria-labelledby="lifecycle-title">
        <h2 id="lifecycle-title">{t('jobs.lifecycle')}</h2>
        <p className="hint">{t(`jobs.status_hint.${p.status}`)}</p>
        {p.status === 'published' && (
          <p>
            <Link to={`/positions/${p.positionId}`}>{t('jobs.open_public')}</Link>
          </p>
        )}
        <p>
          <Link to={`/recruitment/positions/${p.positionId}/applications`}>{t('screening.open_list')}</Link>
        </p>
        {p.allowedTransitions.length > 0 && (
          <fieldset className="transition-actions plain-group" aria-label={t('jobs.actions')}>
            {p.allowedTransitions.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'published' ? 'button primary' : 'button secondary'}
                disabled={moving}
                onClick={() => (to === 'published' ? move(to) : setConfirming(to))}
              >
                {t(ACTION[to])}
              </button>
            ))}
          </fieldset>
        )}
        {confirming && (
          <Alert tone="warning" title={t('jobs.confirm_title', { status: statusLabel(t, confirming) })} focus>
            <p>{t('jobs.confirm_final')}</p>
            <div className="form-actions">
              <button type="button" className="button danger" disabled={moving} onClick={() => move(confirming)}>
                {t(ACTION[confirming])}
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirming(undefined)}>
                {t('common.cancel')}
              </button>
            </div>
          </Alert>
        )}
      </section>

      <section className="panel" aria-labelledby="position-facts-title">
        <h2 id="position-facts-title">{editing ? t('jobs.edit') : t('jobs.details')}</h2>
        {editing ? (
          <PositionForm
            key={p.version}
            initial={toDraft(p)}
            creating={false}
            submitLabel={t('common.save')}
            onSubmit={save}
            onCancel={() => {
              setEditing(false);
              setConflict(false);
            }}
            notice={
              conflict ? (
                <Alert tone="warning" title={t('jobs.stale_title')} focus>
                  <p>{t('jobs.conflict_body')}</p>
                </Alert>
              ) : undefined
            }
          />
        ) : (
          <PositionFacts position={p} />
        )}
      </section>
    </section>
  );
}
