import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translate';
import { formatList } from '../../lib/format';
import { problemText } from '../../lib/problem-text';
import { Alert } from '../../ui/feedback';
import { isVersionConflict, TransitionRefused } from './positions';

/** What an organiser's last action on a position or a notice did, shown above the record. */
export type RecordNotice<S extends string> =
  | { kind: 'created' | 'saved' | 'unchanged' | 'moved' | 'stale' }
  | { kind: 'refused'; allowed: S[] }
  | { kind: 'failed'; text: string }
  | undefined;

/** A move that did not go through: refused with the moves still allowed, lost to a newer version, or failed. */
export function failedMove<S extends string>(error: unknown, t: Translate): RecordNotice<S> {
  if (error instanceof TransitionRefused) return { kind: 'refused', allowed: error.allowed as S[] };
  if (isVersionConflict(error)) return { kind: 'stale' };
  return { kind: 'failed', text: problemText(error, t) };
}

/**
 * The notice for a record in status `status`; `label` names a status in the reader's language, and
 * `created` is the sentence for a record just made.
 */
export function RecordNotices<S extends string>({
  notice,
  status,
  label,
  created,
}: {
  notice: RecordNotice<S>;
  status: S;
  label: (status: S) => string;
  created: string;
}) {
  const { t, lang } = useI18n();
  switch (notice?.kind) {
    case undefined:
      return null;
    case 'created':
      return <Alert tone="success">{created}</Alert>;
    case 'saved':
      return <Alert tone="success">{t('common.saved')}</Alert>;
    case 'unchanged':
      return <Alert tone="info">{t('common.unchanged')}</Alert>;
    case 'moved':
      return (
        <Alert tone="success" focus>
          {t('jobs.moved', { status: label(status) })}
        </Alert>
      );
    case 'refused':
      return (
        <Alert tone="warning" title={t('jobs.refused')} focus>
          <p>
            {t('jobs.refused_now', { status: label(status) })}{' '}
            {notice.allowed.length
              ? t('jobs.refused_allowed', { allowed: formatList(notice.allowed.map(label), lang) })
              : t('jobs.refused_none')}
          </p>
        </Alert>
      );
    case 'stale':
      return (
        <Alert tone="warning" title={t('jobs.stale_title')} focus>
          <p>{t('jobs.stale_body')}</p>
        </Alert>
      );
    case 'failed':
      return (
        <Alert tone="error" focus>
          {notice.text}
        </Alert>
      );
  }
}
