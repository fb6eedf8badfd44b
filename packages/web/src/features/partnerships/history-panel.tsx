import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { AuditEntry } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { formatDateTime, formatList } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'university.name',
  nameEn: 'university.name_en',
  shortName: 'university.short_name',
  city: 'university.city',
  province: 'university.province',
  country: 'university.country',
  tags: 'university.tags',
  contacts: 'contacts.title',
};

/** Bookkeeping fields change on every save and say nothing a reader needs. */
const HIDDEN_FIELDS = new Set(['universityId', 'createdAt', 'updatedAt', 'version']);

function Entries({ universityId }: { universityId: string }) {
  const { t, lang } = useI18n();
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/audit', {
          params: { query: { entityType: 'university', entityId: universityId, cursor } },
          signal,
        }),
      ),
    ['/v1/audit', universityId],
  );
  const actionLabel = (entry: AuditEntry) =>
    entry.action === 'create' ? t('history.create') : entry.action === 'update' ? t('history.update') : entry.action;
  const fields = (entry: AuditEntry) =>
    Object.keys(entry.changes ?? {})
      .filter((f) => !HIDDEN_FIELDS.has(f))
      .map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f));

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error') return <LoadError error={list.error} onRetry={list.reload} />;
  if (list.items.length === 0) return <p className="muted">{t('history.none')}</p>;
  return (
    <>
      <ol className="history">
        {list.items.map((entry) => (
          <li key={entry.auditId}>
            <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
            <span>
              {actionLabel(entry)} · {t(entry.actorRole === 'coordinator' ? 'role.coordinator' : 'role.organiser')}
            </span>
            {entry.action === 'update' && (
              <span className="muted">
                {fields(entry).length > 0
                  ? t('history.fields', { fields: formatList(fields(entry), lang) })
                  : t('history.no_fields')}
              </span>
            )}
          </li>
        ))}
      </ol>
      {list.nextCursor && (
        <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loadingMore}>
          {t('common.load_more')}
        </button>
      )}
    </>
  );
}

/** A university's change history, fetched only when someone opens it. */
export function HistoryPanel({ universityId, refreshKey }: { universityId: string; refreshKey: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t('history.title')}</h2>
      </summary>
      {open && <Entries key={refreshKey} universityId={universityId} />}
    </details>
  );
}
