import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { RegistrationStatusBadge } from './cohort-summary-table';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { InvitationCodes, type IssuedCode } from './invitation-codes';
import { LoadMore } from '../../ui/load-more';
import { useI18n } from '../../i18n/i18n';
import {
  degreeLevelKey,
  REGISTRATION_STATUSES,
  registrationStatusKey,
  resultReason,
  type CohortRegistration,
  type RegistrationStatus,
} from './cohorts';
import { problemText } from '../../lib/problem-text';
import { usePagedList, useResource } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';
import { nameOf, useUniversities } from '../../lib/use-universities';
import './cohorts.css';

type Decision = 'accepted' | 'waitlisted' | 'rejected';

/** The organiser's review queue: filter, tick students, decide with one reason, hand out the codes. */
export default function CohortReviewPage() {
  const { t } = useI18n();
  const { cohortId = '' } = useParams();
  const cohort = useResource(
    (signal) => unwrap(api.GET('/v1/cohorts/{cohortId}', { params: { path: { cohortId } }, signal })),
    ['/v1/cohorts/{cohortId}', cohortId],
  );
  const universities = useUniversities();
  const [status, setStatus] = useState<RegistrationStatus | ''>('submitted');
  const [universityId, setUniversityId] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [decision, setDecision] = useState<Decision>('accepted');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error' | 'warning'; lines: string[] }>();
  const [codes, setCodes] = useState<IssuedCode[]>([]);
  useTitle(t('review.title'));
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/cohorts/{cohortId}/registrations', {
          params: {
            path: { cohortId },
            query: { limit: 50, cursor, ...(status ? { status } : {}), ...(universityId ? { universityId } : {}) },
          },
          signal,
        }),
      ),
    ['/v1/cohorts/{cohortId}/registrations', cohortId, status, universityId],
  );

  const names = (id: string) => nameOf(universities.data, id) ?? id;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allOnPage = list.items.length > 0 && list.items.every((r) => selected.has(r.registrationId));
  const toggleAll = () => setSelected(allOnPage ? new Set() : new Set(list.items.map((r) => r.registrationId)));

  const apply = async (e: FormEvent) => {
    e.preventDefault();
    if (selected.size === 0) {
      setNotice({ tone: 'warning', lines: [t('review.nothing_selected')] });
      return;
    }
    setBusy(true);
    setNotice(undefined);
    const byId = new Map<string, CohortRegistration>(list.items.map((r) => [r.registrationId, r]));
    try {
      const { results } = await unwrap(
        api.POST('/v1/cohorts/{cohortId}/registrations/decisions', {
          params: { path: { cohortId } },
          body: { registrationIds: [...selected], decision, ...(reason.trim() ? { reason: reason.trim() } : {}) },
        }),
      );
      const nameOfRow = (id: string) => byId.get(id)?.name ?? id;
      const issued = results
        .filter((r) => r.invitationCode)
        .map((r) => ({ name: nameOfRow(r.registrationId), code: r.invitationCode! }));
      if (issued.length) setCodes((previous) => [...previous, ...issued]);
      const failed = results.filter((r) => !r.ok);
      setNotice({
        tone: failed.length ? 'warning' : 'success',
        lines: results.map((r) =>
          r.ok
            ? t('review.result_ok', { name: nameOfRow(r.registrationId), status: t(registrationStatusKey(r.status!)) })
            : t('review.result_failed', { name: nameOfRow(r.registrationId), reason: resultReason(r.code, t) }),
        ),
      });
      setSelected(new Set());
      setReason('');
    } catch (error) {
      setNotice({ tone: 'error', lines: [problemText(error, t)] });
    } finally {
      setBusy(false);
    }
  };

  if (cohort.status === 'error') return <LoadError error={cohort.error} onRetry={cohort.reload} />;
  if (!cohort.data) return <Loading />;

  return (
    <section className="page" aria-labelledby="review-title">
      <Link to={`/cohorts/${cohortId}`} className="back">
        {t('cohort.back_to_cohort')}
      </Link>
      <p className="eyebrow">{cohort.data.name}</p>
      <h1 id="review-title">{t('review.title')}</h1>
      {codes.length > 0 && <InvitationCodes codes={codes} onDone={() => setCodes([])} />}
      <div className="filters filters-3">
        <SelectField
          id="filter-status"
          label={t('creg.list.filter_status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as RegistrationStatus | '')}
        >
          <option value="">{t('creg.list.all')}</option>
          {REGISTRATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(registrationStatusKey(s))}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filter-university"
          label={t('creg.list.filter_university')}
          value={universityId}
          onChange={(e) => setUniversityId(e.target.value)}
        >
          <option value="">{t('creg.list.all')}</option>
          {cohort.data.universities.map((u) => (
            <option key={u.universityId} value={u.universityId}>
              {names(u.universityId)}
            </option>
          ))}
        </SelectField>
      </div>
      {notice && (
        <Alert tone={notice.tone} title={t('review.results_title')} focus>
          <ul className="plain-list">
            {notice.lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list, no state per item
              <li key={i}>{line}</li>
            ))}
          </ul>
        </Alert>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <form onSubmit={apply} noValidate>
          {list.items.length === 0 ? (
            <p className="result-count">{t('creg.list.none')}</p>
          ) : (
            <label className="check">
              <input type="checkbox" checked={allOnPage} onChange={toggleAll} />
              {t('review.select_all')}
            </label>
          )}
          <ul className="row-list">
            {list.items.map((r) => (
              <li key={r.registrationId} className="row-item review-item" data-testid="review-row">
                <input
                  type="checkbox"
                  id={`pick-${r.registrationId}`}
                  checked={selected.has(r.registrationId)}
                  onChange={() => toggle(r.registrationId)}
                  aria-label={t('review.select', { name: r.name })}
                />
                <div>
                  <h3>
                    <label htmlFor={`pick-${r.registrationId}`}>{r.name}</label>{' '}
                    <RegistrationStatusBadge status={r.status} />
                  </h3>
                  <p className="muted">
                    {names(r.universityId)} · {t(degreeLevelKey(r.degreeLevel))} · {r.major}（{r.discipline}）
                  </p>
                  <p className="muted">
                    {r.nationalIdMasked} · {r.phone} · {r.hometown}
                    {r.fromRegion ? ` · ${t('creg.form.from_region')}` : ''}
                  </p>
                  {r.decisionReason && <p className="muted">{t('creg.reason', { reason: r.decisionReason })}</p>}
                </div>
              </li>
            ))}
          </ul>
          <LoadMore list={list} />
          <div className="review-toolbar">
            <p className="result-count" role="status">
              {t('review.selected', { n: selected.size })}
            </p>
            <div className="grid-2">
              <SelectField
                id="decision"
                label={t('review.decision')}
                value={decision}
                onChange={(e) => setDecision(e.target.value as Decision)}
              >
                <option value="accepted">{t('review.accept')}</option>
                <option value="waitlisted">{t('review.waitlist')}</option>
                <option value="rejected">{t('review.reject')}</option>
              </SelectField>
              <TextField
                id="reason"
                label={t('review.reason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                maxLength={500}
              />
            </div>
            <button type="submit" className="button primary block-mobile" disabled={busy}>
              {busy ? t('review.applying') : t('review.apply')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
