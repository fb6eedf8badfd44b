import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Alert } from '../../ui/feedback';
import { TextAreaField } from '../../ui/field';
import {
  type Application,
  type ApplicationStatus,
  applicationStatusLabel,
  FINAL,
  REFUSALS,
} from './applications-shared';

/**
 * The moves an application allows now, as buttons. A refusal asks for its reason and every final move
 * asks first; the interview move is made by scheduling it (the form beside), so it is left out here
 * while the application can be scheduled.
 */
export function ApplicationMoves({
  application,
  busy,
  onMove,
}: {
  application: Application;
  busy: boolean;
  onMove: (to: ApplicationStatus, reason?: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<ApplicationStatus>();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const moves = application.allowedTransitions.filter((to) => to !== 'interview');
  if (application.allowedTransitions.length === 0) return <p className="hint">{t('screening.no_moves')}</p>;

  const go = async (to: ApplicationStatus) => {
    if (REFUSALS.includes(to) && !reason.trim()) {
      setMissing(true);
      return;
    }
    if (await onMove(to, REFUSALS.includes(to) ? reason.trim() : undefined)) {
      setConfirming(undefined);
      setReason('');
      setMissing(false);
    }
  };

  return (
    <>
      <fieldset className="transition-actions plain-group" aria-label={t('screening.moves')}>
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={FINAL.includes(to) ? 'button secondary' : 'button primary'}
            disabled={busy}
            onClick={() => (FINAL.includes(to) ? setConfirming(to) : onMove(to))}
          >
            {t(`screening.move.${to}`)}
          </button>
        ))}
      </fieldset>
      {confirming && (
        <Alert
          tone="warning"
          title={t('screening.confirm_move', { status: applicationStatusLabel(t, confirming) })}
          focus
        >
          <p>{t('screening.confirm_final')}</p>
          {REFUSALS.includes(confirming) && (
            <TextAreaField
              id="move-reason"
              label={t('screening.reason_label')}
              required
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={missing ? t('screening.reason_needed') : undefined}
            />
          )}
          <div className="form-actions">
            <button type="button" className="button danger" disabled={busy} onClick={() => go(confirming)}>
              {t(`screening.move.${confirming}`)}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(undefined)}>
              {t('common.cancel')}
            </button>
          </div>
        </Alert>
      )}
    </>
  );
}
