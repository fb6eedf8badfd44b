import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
import { problemText } from '../lib/problem-text';
import { Alert } from './feedback';

interface PagedList {
  nextCursor: string | null;
  loadMore(): void;
  loadingMore: boolean;
  moreError?: unknown;
}

/** The foot of every paged list: why the last page failed, and the button that fetches the next one. */
export function LoadMore({ list, label = 'common.load_more' }: { list: PagedList; label?: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      {list.moreError !== undefined && <Alert tone="error">{problemText(list.moreError, t)}</Alert>}
      {list.nextCursor && (
        <button
          type="button"
          className="button secondary block-mobile"
          onClick={list.loadMore}
          disabled={list.loadingMore}
        >
          {list.loadingMore ? t('common.loading') : t(label)}
        </button>
      )}
    </>
  );
}
