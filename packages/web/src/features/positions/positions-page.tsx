import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { useTitle } from '../../lib/use-title';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { LoadMore } from '../../ui/load-more';
import { PositionCardMeta, usePositionList } from './position-list';
import { POSITION_STATUSES, statusLabel, type PositionStatus } from './positions';
import { RecruitmentTabs } from './recruitment-tabs';
import { StatusTabs } from './status-tabs';
import './messages';
import './positions.css';

/** The organisers' positions, all or by status: drafts to finish, published ones to close or fill. */
export default function PositionsPage() {
  const { t } = useI18n();
  useTitle(t('jobs.positions_title'));
  const [status, setStatus] = useState<PositionStatus | ''>('');
  const list = usePositionList(status);

  return (
    <section className="page" aria-labelledby="positions-title">
      <div className="page-head">
        <h1 id="positions-title">{t('jobs.positions_title')}</h1>
        <Link to="/recruitment/positions/new" className="button primary">
          {t('jobs.new_position')}
        </Link>
      </div>
      <RecruitmentTabs />
      <StatusTabs statuses={POSITION_STATUSES} value={status} onChange={setStatus} label={(s) => statusLabel(t, s)} />
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && list.items.length === 0 && (
        <Alert
          tone="info"
          title={status ? t('jobs.none_in_status', { status: statusLabel(t, status) }) : t('jobs.none_yet')}
        >
          <p>{t('jobs.none_yet_next')}</p>
        </Alert>
      )}
      {list.status === 'ready' && list.items.length > 0 && (
        <>
          <ul className="card-list">
            {list.items.map((p) => (
              <li key={p.positionId} className="card organiser-position">
                <p className="eyebrow">{p.unitName}</p>
                <h2>
                  <Link to={`/recruitment/positions/${p.positionId}`}>{p.title}</Link>
                </h2>
                <PositionCardMeta position={p} />
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
