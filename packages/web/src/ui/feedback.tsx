import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { problemText } from '../lib/problem-text';

interface AlertProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: ReactNode;
  children?: ReactNode;
  /** Move focus to the message, so keyboard and screen-reader users land on what just happened. */
  focus?: boolean;
}

export function Alert({ tone, title, children, focus }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, title, children]);
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      ref={ref}
      className={`alert alert-${tone}`}
      role={urgent ? 'alert' : 'status'}
      tabIndex={focus ? -1 : undefined}
    >
      {title && <p className="alert-title">{title}</p>}
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** A failed load with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert tone="error" title={t('common.load_failed')}>
      <p>{problemText(error, t)}</p>
      {onRetry && (
        <button type="button" className="button secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </Alert>
  );
}
