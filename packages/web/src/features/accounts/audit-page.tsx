import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { dateIn, formatDateTime, formatList, TIME_ZONE, today } from '../../lib/format';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { AUDIT_KINDS, isAuditKind, recordLink } from './audit-kinds';
import './accounts.css';

const PAGE_SIZE = 50;
const MAX_DAYS = 31;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Beijing midnight of a date, the office's day, as the instant the API takes. */
const startOf = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

export default function AuditPage() {
  const { t, lang } = useI18n();
  useTitle(t('audit.title'));
  // The filters live in the URL, so a view survives a reload and can be passed to a colleague.
  const [params, setParams] = useSearchParams();
  const defaultTo = today();
  const defaultFrom = dateIn(new Date(Date.parse(startOf(defaultTo)) - 6 * DAY_MS), TIME_ZONE);
  const from = DATE.test(params.get('from') ?? '') ? params.get('from')! : defaultFrom;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to')! : defaultTo;
  const kind = params.get('kind') ?? '';
  const actor = params.get('actor') ?? '';
  const [draft, setDraft] = useState({ from, to, kind, actor });
  useEffect(() => setDraft({ from, to, kind, actor }), [from, to, kind, actor]);
  const [rangeError, setRangeError] = useState(false);
  const rangeOk = daysBetween(from, to) >= 0 && daysBetween(from, to) < MAX_DAYS;

  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/audit/period', {
          params: {
            query: {
              limit: PAGE_SIZE,
              cursor,
              from: startOf(from),
              to: new Date(Date.parse(startOf(to)) + DAY_MS).toISOString(),
              entityType: kind || undefined,
              actorId: actor || undefined,
            },
          },
          signal,
        }),
      ),
    ['/v1/audit/period', from, to, kind, actor],
  );

  const apply = (next: typeof draft) => {
    const span = daysBetween(next.from, next.to);
    if (!DATE.test(next.from) || !DATE.test(next.to) || span < 0 || span >= MAX_DAYS) {
      setRangeError(true);
      return;
    }
    setRangeError(false);
    const search = new URLSearchParams({ from: next.from, to: next.to });
    if (next.kind) search.set('kind', next.kind);
    if (next.actor.trim()) search.set('actor', next.actor.trim());
    setParams(search, { replace: true });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const kindName = (k: string) => (isAuditKind(k) ? t(`audit.kind.${k}` as MessageKey) : k);
  const filteredBy = [
    kind ? t('audit.by_kind', { kind: kindName(kind) }) : '',
    actor ? t('audit.by_actor', { actor: list.items.find((e) => e.actorId === actor)?.actorName ?? actor }) : '',
  ].filter(Boolean);

  return (
    <section className="page" aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro', { days: MAX_DAYS })}</p>
      <search>
        <form className="filters" onSubmit={onSubmit} noValidate>
          <SelectField
            id="audit-kind"
            label={t('audit.kind')}
            value={draft.kind}
            onChange={(e) => apply({ ...draft, kind: e.target.value })}
          >
            <option value="">{t('audit.all_kinds')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="audit-actor"
            label={t('audit.actor')}
            hint={t('audit.actor_hint')}
            value={draft.actor}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
            maxLength={30}
            autoComplete="off"
          />
          <TextField
            id="audit-from"
            type="date"
            label={t('audit.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
          <TextField
            id="audit-to"
            type="date"
            label={t('audit.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
          <div className="filter-actions">
            <button type="submit" className="button primary">
              {t('audit.apply')}
            </button>
            {(kind || actor) && (
              <button
                type="button"
                className="button secondary"
                onClick={() => apply({ from, to, kind: '', actor: '' })}
              >
                {t('audit.clear')}
              </button>
            )}
          </div>
        </form>
      </search>
      {(rangeError || !rangeOk) && <Alert tone="error">{t('audit.range_invalid', { days: MAX_DAYS })}</Alert>}
      {rangeOk && list.status === 'loading' && <Loading />}
      {rangeOk && list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {rangeOk && list.status === 'ready' && (
        <>
          <p role="status">
            {t('audit.showing', { from, to, count: list.items.length })}
            {filteredBy.length > 0 && <> {t('audit.filtered', { what: formatList(filteredBy, lang) })}</>}
          </p>
          {list.items.length === 0 ? (
            <p className="muted">{t('audit.empty')}</p>
          ) : (
            <div className="audit-scroll">
              <table className="report-table audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('audit.col_time')}</th>
                    <th scope="col">{t('audit.col_actor')}</th>
                    <th scope="col">{t('audit.col_record')}</th>
                    <th scope="col">{t('audit.col_action')}</th>
                    <th scope="col">{t('audit.col_fields')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((e) => {
                    const link = recordLink(e.entityType, e.entityId);
                    const fields = Object.keys(e.changes ?? {});
                    const name = e.actorName ?? t('audit.unknown_actor');
                    return (
                      <tr key={e.auditId}>
                        <td>{formatDateTime(e.at, lang)}</td>
                        <td>
                          <button
                            type="button"
                            className="audit-actor"
                            title={t('audit.only_actor', { name })}
                            onClick={() => apply({ from, to, kind, actor: e.actorId })}
                          >
                            {name}
                          </button>
                        </td>
                        <td>
                          {kindName(e.entityType)}{' '}
                          {link ? <Link to={link}>{e.entityId}</Link> : <code className="break">{e.entityId}</code>}
                        </td>
                        <td>
                          <code>{e.action}</code>
                        </td>
                        <td>{fields.length ? formatList(fields, lang) : t('audit.no_fields')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <LoadMore list={list} />
        </>
      )}
    </section>
  );
}
