import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import type { Translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/zh-cn';
import { useResource } from '../../lib/use-resource';
import { LoadError, Loading } from '../../ui/feedback';
import { percent } from './conversion';

type Recruitment = components['schemas']['Recruitment'];
type Row = Recruitment['total'];
type PositionRow = Recruitment['byPosition'][number];

const RECRUITMENT_BYS = ['cluster', 'county', 'postKind'] as const;
type By = (typeof RECRUITMENT_BYS)[number];
const ROWS_OF: Record<By, 'byCluster' | 'byCounty' | 'byPostKind'> = {
  cluster: 'byCluster',
  county: 'byCounty',
  postKind: 'byPostKind',
};

/** The counts every row shows, in the order of the recruitment path. */
const COUNTS = [
  ['positions', 'conv.rec.positions'],
  ['headcount', 'conv.rec.headcount'],
  ['applications', 'conv.rec.applications'],
  ['shortlisted', 'conv.rec.shortlisted'],
  ['offers', 'conv.rec.offers'],
  ['acceptances', 'conv.rec.acceptances'],
] as const;

function groupName(t: Translate, by: By, group: string): string {
  if (by === 'postKind') return t(`conv.rec.post_kind.${group}` as MessageKey);
  return t(`${by}.${group}` as MessageKey);
}

/** The cells after a row's name: the counts, the mean days to an offer and the share of headcount filled. */
function CountCells({ row }: { row: Row }) {
  const { t, lang } = useI18n();
  const days = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return (
    <>
      {COUNTS.map(([key, label]) => (
        <td key={key} data-label={t(label)} data-field={key}>
          {row[key]}
        </td>
      ))}
      <td data-label={t('conv.rec.days_to_offer')} data-field="meanDaysToOffer">
        {row.meanDaysToOffer === null ? '—' : t('conv.rec.days', { n: days.format(row.meanDaysToOffer) })}
      </td>
      <td data-label={t('conv.rec.filled')} data-field="filledShare">
        {percent(row.acceptances, row.headcount)}
      </td>
    </>
  );
}

function CountHeads() {
  const { t } = useI18n();
  return (
    <>
      {COUNTS.map(([key, label]) => (
        <th key={key} scope="col">
          {t(label)}
        </th>
      ))}
      <th scope="col">{t('conv.rec.days_to_offer')}</th>
      <th scope="col">{t('conv.rec.filled')}</th>
    </>
  );
}

/** A wide table scrolls sideways within its region on a phone; the region takes focus so a keyboard can scroll it. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="conv-table" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/**
 * Recruitment for positions (引才岗位): in total, per cluster, county or kind of post, and per
 * position, from counters the API reads at a fixed cost.
 */
export function RecruitmentPanel() {
  const { t } = useI18n();
  const [by, setBy] = useState<By>('cluster');
  const numbers = useResource(
    (signal) => unwrap(api.GET('/v1/dashboard/recruitment', { signal })),
    ['/v1/dashboard/recruitment'],
  );
  const title = t('conv.rec.title');
  return (
    <section className="conv-panel" aria-labelledby="recruitment-title" data-panel="recruitment">
      <div className="conv-panel-head">
        <h2 id="recruitment-title">{title}</h2>
        <label>
          {t('conv.by')}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as By)} data-testid="recruitment-by">
            {RECRUITMENT_BYS.map((b) => (
              <option key={b} value={b}>
                {t(`conv.rec.by.${b}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {numbers.status === 'error' ? (
        <LoadError error={numbers.error} onRetry={numbers.reload} />
      ) : !numbers.data ? (
        <Loading />
      ) : (
        <>
          <Scroll label={t('conv.rec.groups_label', { by: t(`conv.rec.by.${by}`) })}>
            <table className="report-table" data-table="recruitment-groups">
              <thead>
                <tr>
                  <th scope="col">{t(`conv.rec.by.${by}`)}</th>
                  <CountHeads />
                </tr>
              </thead>
              <tbody>
                {numbers.data[ROWS_OF[by]].map((row) => (
                  <tr key={row.group} data-group={row.group}>
                    <th scope="row">{groupName(t, by, row.group)}</th>
                    <CountCells row={row} />
                  </tr>
                ))}
                <tr data-group="all">
                  <th scope="row">{t('conv.rec.total')}</th>
                  <CountCells row={numbers.data.total} />
                </tr>
              </tbody>
            </table>
          </Scroll>
          <PositionsTable t={t} rows={numbers.data.byPosition} />
        </>
      )}
    </section>
  );
}

function PositionsTable({ t, rows }: { t: Translate; rows: PositionRow[] }) {
  const title = t('conv.rec.positions_title');
  return (
    <>
      <h3 id="recruitment-positions-title">{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('conv.rec.none')}</p>
      ) : (
        <Scroll label={title}>
          <table className="report-table" data-table="recruitment-positions">
            <thead>
              <tr>
                <th scope="col">{t('conv.rec.position')}</th>
                <th scope="col">{t('conv.rec.by.cluster')}</th>
                <th scope="col">{t('conv.rec.by.county')}</th>
                <CountHeads />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.group} data-position={row.group}>
                  <th scope="row">
                    {row.title}
                    <span className="muted"> · {row.unitName}</span>
                  </th>
                  <td data-label={t('conv.rec.by.cluster')}>{groupName(t, 'cluster', row.cluster)}</td>
                  <td data-label={t('conv.rec.by.county')}>{groupName(t, 'county', row.county)}</td>
                  <CountCells row={row} />
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </>
  );
}
