import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { PositionCardMeta, usePositionList } from './position-list';
import { POSITION_STATUSES, statusLabel, type PositionStatus } from './positions';
import { StatusTabs } from './status-tabs';
import './messages';
import './positions.css';

/**
 * A unit reviewer's home: its unit's positions (the API gives a reviewer no other), newest first or
 * by status, each leading to its applications. On a phone as on a laptop: one card per position.
 */
export default function ReviewerHomePage() {
  const { t } = useI18n();
  useTitle(t('reviewing.title'));
  const [status, setStatus] = useState<PositionStatus | ''>('');
  const list = usePositionList(status);
  const unitName = list.status === 'ready' ? list.items[0]?.unitName : undefined;

  return (
    <section className="page" aria-labelledby="reviewing-title">
      <div className="page-head">
        <div>
          {unitName && <p className="eyebrow">{unitName}</p>}
          <h1 id="reviewing-title">{t('reviewing.title')}</h1>
        </div>
      </div>
      <p className="muted">{t('reviewing.intro')}</p>
      <p className="hint">{t('reviewing.rules')}</p>
      <StatusTabs statuses={POSITION_STATUSES} value={status} onChange={setStatus} label={(s) => statusLabel(t, s)} />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <Alert
          tone="info"
          title={status ? t('reviewing.none_in_status', { status: statusLabel(t, status) }) : t('reviewing.none')}
        >
          {!status && <p>{t('reviewing.none_next')}</p>}
        </Alert>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <>
          <ul className="card-list">
            {list.items.map((p) => (
              <li key={p.positionId} className="card organiser-position">
                <h2>
                  <Link to={`/recruitment/positions/${p.positionId}/applications`}>{p.title}</Link>
                </h2>
                <PositionCardMeta position={p} />
                <p>
                  <Link
                    className="button"
                    to={`/recruitment/positions/${p.positionId}/applications`}
                    aria-label={t('reviewing.applications_of', { title: p.title })}
                  >
                    {t('reviewing.applications')}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
