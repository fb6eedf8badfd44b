import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';

type Row = components['schemas']['AttentionShare']['items'][number];

/**
 * Beside the retention curve: per cohort and tier, the share of the people looked after with no
 * attention signal, those overdue for a contact and the requests past their deadline, as counted
 * each night (one stored item read, whatever the number of people). Overdue requests are named
 * above the table with the way to the open requests, so they are not lost in a column.
 */
export function AttentionSharePanel({ cohortNames }: { cohortNames: Map<string, string> }) {
  const { t, lang } = useI18n();
  const share = useResource(
    (signal) => unwrap(api.GET('/v1/talent-service/attention/share', { signal })),
    ['/v1/talent-service/attention/share'],
  );
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const title = t('conv.share.title');
  if (share.status === 'error') return <LoadError error={share.error} onRetry={share.reload} />;
  if (!share.data) return <Loading />;
  const { items, computedAt } = share.data;
  const requestsOverdue = items.reduce((n, r) => n + r.requestsOverdue, 0);
  const cohortOf = (r: Row) => cohortNames.get(r.cohortId) ?? (r.cohortId || t('conv.share.no_cohort'));
  return (
    <section className="conv-panel" aria-labelledby="attention-share-title" data-panel="attention-share">
      <div className="conv-panel-head">
        <h2 id="attention-share-title">{title}</h2>
        <Link to="/talent-service/attention">{t('conv.share.link')}</Link>
      </div>
      <p className="muted">
        {computedAt ? t('conv.share.as_of', { at: formatDateTime(computedAt, lang) }) : t('conv.share.not_yet')}
      </p>
      {requestsOverdue > 0 && (
        <p className="conv-attention-alert" data-field="requests-overdue">
          <strong>{t('conv.share.requests_total', { n: requestsOverdue })}</strong>{' '}
          <Link to="/talent-service/requests?view=all">{t('conv.share.requests_link')}</Link>
        </p>
      )}
      {items.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="conv-table" aria-label={title} tabIndex={0}>
          <table className="report-table" data-table="attention-share">
            <thead>
              <tr>
                <th scope="col">{t('conv.cohort')}</th>
                <th scope="col">{t('conv.share.tier')}</th>
                <th scope="col">{t('conv.share.people')}</th>
                <th scope="col">{t('conv.share.clear')}</th>
                <th scope="col">{t('conv.share.share')}</th>
                <th scope="col">{t('conv.share.contact_overdue')}</th>
                <th scope="col">{t('conv.share.requests_overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={`${r.cohortId}-${r.tier}`} data-cohort={r.cohortId} data-tier={r.tier}>
                  <th scope="row">{cohortOf(r)}</th>
                  <td data-label={t('conv.share.tier')}>{lang === 'en' ? r.tierLabel.en : r.tierLabel.zh}</td>
                  <td data-label={t('conv.share.people')} data-field="people">
                    {r.people}
                  </td>
                  <td data-label={t('conv.share.clear')} data-field="clear">
                    {r.clear}
                  </td>
                  <td data-label={t('conv.share.share')} data-field="share">
                    {r.people ? percent.format(r.clear / r.people) : '—'}
                  </td>
                  <td data-label={t('conv.share.contact_overdue')} data-field="contact-overdue">
                    {r.contactOverdue}
                  </td>
                  <td data-label={t('conv.share.requests_overdue')} data-field="requests-overdue">
                    {r.requestsOverdue}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
