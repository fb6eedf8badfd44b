import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

/**
 * Names the browser tab (and what a screen reader announces on arrival) after the screen, then the
 * platform; without a screen name, the platform's full name.
 */
export function useTitle(screen?: string): void {
  const { t } = useI18n();
  const title = screen ? `${screen} · ${t('app.name')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
