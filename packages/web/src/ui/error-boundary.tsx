import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { useTitle } from '../lib/use-title';

interface Props {
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches a screen that failed to render. The usual cause is a lazy-loaded screen whose file is gone
 * because the site was redeployed while the tab was open, so the fallback offers a reload.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Screen failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function ScreenFailed() {
  const { t } = useI18n();
  useTitle(t('failed.title'));
  return (
    <section className="page narrow" aria-labelledby="failed-title">
      <h1 id="failed-title">{t('failed.title')}</h1>
      <p>{t('failed.body')}</p>
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('failed.reload')}
      </button>
    </section>
  );
}
