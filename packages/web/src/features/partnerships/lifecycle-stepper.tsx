import { useI18n } from '../../i18n/i18n';
import { LIFECYCLE_PATH, statusKey, type PartnershipStatus } from './partnerships';

/**
 * The lifecycle path with the current status marked. Terminated can leave the path from any open
 * state, so it replaces the steps not reached rather than sitting at the end of the road.
 */
export function LifecycleStepper({ status }: { status: PartnershipStatus }) {
  const { t } = useI18n();
  const terminated = status === 'terminated';
  const current = LIFECYCLE_PATH.indexOf(status);
  const steps: PartnershipStatus[] = terminated ? [...LIFECYCLE_PATH.slice(0, -1), 'terminated'] : LIFECYCLE_PATH;
  const position = terminated ? steps.length - 1 : current;
  return (
    <ol className="stepper" aria-label={t('partnership.lifecycle')}>
      {steps.map((step, i) => {
        const state =
          i === position
            ? 'current'
            : i < position && !terminated
              ? 'done'
              : terminated && i < position
                ? 'skipped'
                : 'todo';
        return (
          <li
            key={step}
            className={`step step-${state}${step === 'terminated' ? ' step-terminated' : ''}`}
            aria-current={i === position ? 'step' : undefined}
          >
            <span className="step-dot" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="step-label">{t(statusKey(step))}</span>
            {i === position && <span className="visually-hidden">{t('partnership.current_step')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
