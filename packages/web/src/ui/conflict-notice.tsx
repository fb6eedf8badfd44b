import { useI18n } from '../i18n/i18n';
import { Alert } from './feedback';

/** Why the form just changed under the user's hands after a stale save. */
export function ConflictNotice() {
  const { t } = useI18n();
  return (
    <Alert tone="warning" title={t('conflict.title')} focus>
      <p>{t('conflict.body')}</p>
    </Alert>
  );
}
