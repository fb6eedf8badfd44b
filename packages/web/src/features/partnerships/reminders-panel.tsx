import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { University } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/format';
import { REMINDER_EXPIRING_DAYS, REMINDER_INACTIVE_DAYS } from './partnerships';
import { useResource } from '../../lib/use-resource';
import { nameOf } from '../../lib/use-universities';
import { LoadError, Loading } from '../../ui/feedback';
import { PartnershipStatusBadge } from './partnership-card';

type Tab = 'expiring' | 'overdue' | 'inactive';

const QUERY: Record<Tab, { expiringWithinDays?: number; overdue?: 'true'; inactiveForDays?: number }> = {
  expiring: { expiringWithinDays: REMINDER_EXPIRING_DAYS },
  overdue: { overdue: 'true' },
  inactive: { inactiveForDays: REMINDER_INACTIVE_DAYS },
};
const NONE = {
  expiring: 'reminders.none_expiring',
  overdue: 'reminders.none_overdue',
  inactive: 'reminders.none_inactive',
} as const;

function ReminderList({ tab, universities }: { tab: Tab; universities?: University[] }) {
  const { t } = useI18n();
  const list = useResource(
    (signal) => unwrap(api.GET('/v1/partnerships', { params: { query: { ...QUERY[tab], limit: 50 } }, signal })),
    ['/v1/partnerships', tab],
  );
  if (list.status === 'error') return <LoadError error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  if (list.data.items.length === 0) return <p className="muted">{t(NONE[tab])}</p>;
  return (
    <ul className="reminder-list">
      {list.data.items.map((p) => (
        <li key={p.partnershipId}>
          <Link to={`/partnerships/${p.partnershipId}`}>{p.title}</Link>
          <span className="muted">{nameOf(universities, p.universityId)}</span>
          <span className="reminder-meta">
            <PartnershipStatusBadge status={p.status} />
            {tab === 'expiring'
              ? t('partnership.expires_on_value', { date: p.expiresOn ?? '' })
              : tab === 'overdue'
                ? t('reminders.ended_on', { date: p.expiresOn ?? '' })
                : t('reminders.last_contact', { date: p.lastActivityOn })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Whether today's scheduled digest exists; before the daily job runs the API answers 404. */
function DigestNote() {
  const { t } = useI18n();
  const date = today();
  const digest = useResource(
    (signal) =>
      unwrap(api.GET('/v1/partnerships/reminders', { params: { query: { date } }, signal })).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    ['/v1/partnerships/reminders', date],
  );
  if (digest.status !== 'ready') return null;
  if (!digest.data) return <p className="hint">{t('reminders.digest_pending')}</p>;
  return (
    <p className="hint">
      {t('reminders.digest', {
        expiring: digest.data.expiring.length,
        overdue: digest.data.overdue.length,
        inactive: digest.data.inactive.length,
      })}
    </p>
  );
}

export function RemindersPanel({ universities }: { universities?: University[] }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('expiring');
  const tabs: [Tab, string][] = [
    ['expiring', t('reminders.expiring', { n: REMINDER_EXPIRING_DAYS })],
    ['overdue', t('reminders.overdue')],
    ['inactive', t('reminders.inactive', { n: REMINDER_INACTIVE_DAYS })],
  ];
  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <DigestNote />
      <div className="tabs" role="tablist" aria-label={t('reminders.title')}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls="reminders-tabpanel"
            className={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="reminders-tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <ReminderList key={tab} tab={tab} universities={universities} />
      </div>
    </section>
  );
}
